import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import type { GraphAnalysis } from '../../graph/analyze';
import type { GanvasEditor } from '../editor/create-editor';
import { useStore, type Store } from '../store/external-store';
import { focusNode } from '../keyboard/editor-navigation';
import { navigationOrder } from '../keyboard/node-order';
import { InspectorDetails } from './inspector-details';
import { nodeDisplayName } from './port-links';

interface InspectorPanelProps {
  editor: GanvasEditor;
  analysis: Store<GraphAnalysis>;
}

/**
 * Shows a picker of every node, which reaches any node from the keyboard, and the details of
 * the one selected node. It re-renders on every analysis, which follows every edit.
 */
export function InspectorPanel({ editor, analysis: analysisStore }: InspectorPanelProps) {
  const { t } = useTranslation('inspector');
  const language = useLanguage();
  const pickerId = useId();
  const selection = useStore(editor.selection);
  const analysis = useStore(analysisStore);
  const graph = editor.exportGraph();
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const order = navigationOrder(
    graph.nodes.map((node) => node.id),
    analysis.order,
  );
  const nodeId = selection.length === 1 ? selection[0] : null;
  const nodeName = (id: string) => `${nodeDisplayName(byId.get(id)!, language)} (${id})`;

  return (
    <div className="gv-inspector" data-testid="inspector">
      <div className="gv-inspector__picker" title={t('nodePicker.tooltip')}>
        <label htmlFor={pickerId}>{t('nodePicker.label')}</label>
        <select
          id={pickerId}
          className="gv-param__input"
          value={nodeId ?? ''}
          data-testid="inspector-node-picker"
          onChange={(event) => {
            const id = event.target.value;
            void (id ? focusNode(editor, id) : editor.selectNode(null));
          }}
        >
          <option value="">{t('nodePicker.none')}</option>
          {order.map((id) => (
            <option key={id} value={id}>
              {nodeName(id)}
            </option>
          ))}
        </select>
      </div>
      {/* Screen readers announce a selection made with the keys, which moves no focus. */}
      <p className="gv-visually-hidden" aria-live="polite" data-testid="inspector-announcement">
        {nodeId && byId.has(nodeId) ? t('announcement', { node: nodeName(nodeId) }) : ''}
      </p>
      {nodeId && <InspectorDetails editor={editor} analysis={analysis} nodeId={nodeId} />}
      {!nodeId && (
        <p className="gv-inspector__note">
          {selection.length > 1 ? t('multiple', { count: selection.length }) : t('empty')}
        </p>
      )}
    </div>
  );
}
