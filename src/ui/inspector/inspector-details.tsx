import { useTranslation } from 'react-i18next';
import { localizeNodeType } from '../../../nodes';
import type { GraphAnalysis } from '../../graph/analyze';
import { useLanguage } from '../i18n/use-language';
import type { GanvasEditor } from '../editor/create-editor';
import { focusNode } from '../keyboard/editor-navigation';
import { NodeHelp } from '../help/node-help';
import { DiagnosticList } from '../node-view/node-status';
import { connectPorts, disconnectPorts } from './connection-commands';
import { InspectorFacts } from './inspector-facts';
import { InspectorParams } from './inspector-params';
import { InspectorPorts } from './inspector-ports';
import { LabelField } from './label-field';
import { describePorts } from './port-links';

interface InspectorDetailsProps {
  editor: GanvasEditor;
  analysis: GraphAnalysis;
  nodeId: string;
}

/**
 * Shows everything about one node: type, label, shapes, parameter counts, every parameter
 * with its doc, problems, and ports with their connections. Edits go through the editor, so
 * they are undoable and the graph is analyzed again.
 */
export function InspectorDetails({ editor, analysis, nodeId }: InspectorDetailsProps) {
  const { t } = useTranslation('inspector');
  const node = editor.editor.getNode(nodeId);
  if (!node) return null;
  const nodeAnalysis = analysis.nodes.get(nodeId);
  const nodeType = nodeAnalysis?.nodeType ?? null;
  const language = useLanguage();
  const texts = nodeType ? localizeNodeType(nodeType, language) : null;
  const ports = describePorts(editor.exportGraph(), nodeId, language);
  const inputShapes = ports.inputs.flatMap((input) =>
    input.sources.map((source) => analysis.nodes.get(source.nodeId)?.outputShape ?? null),
  );
  const self = (port: string) => ({ nodeId, port });

  return (
    <div className="gv-inspector__details" data-testid="inspector-details" data-node-id={nodeId}>
      <p className="gv-inspector__type" title={t('typeTooltip', { type: node.typeName })}>
        <strong>{texts?.title ?? node.typeName}</strong> · {node.id}
        {texts && <span className="gv-inspector__summary">{texts.summary}</span>}
      </p>
      <LabelField
        label={node.customLabel ?? texts?.title ?? node.label}
        onRename={(label) => void editor.rename(nodeId, label)}
      />
      <InspectorFacts analysis={nodeAnalysis} inputShapes={inputShapes} />

      <h3 className="gv-inspector__heading">{t('sections.params')}</h3>
      {nodeType && (
        <InspectorParams
          node={node}
          nodeType={nodeType}
          onChange={(params) => editor.setParams(nodeId, params)}
        />
      )}

      <h3 className="gv-inspector__heading">{t('sections.problems')}</h3>
      {nodeAnalysis && nodeAnalysis.diagnostics.length > 0 ? (
        <DiagnosticList diagnostics={nodeAnalysis.diagnostics} />
      ) : (
        <p className="gv-inspector__note">{t('noProblems')}</p>
      )}

      <h3 className="gv-inspector__heading">{t('sections.ports')}</h3>
      <InspectorPorts
        inputs={ports.inputs}
        outputs={ports.outputs}
        onShowNode={(id) => void focusNode(editor, id)}
        onConnect={(input, source) => void connectPorts(editor, source, self(input))}
        onDisconnect={(input, source) => void disconnectPorts(editor, source, self(input))}
      />

      <details className="gv-inspector__help" data-testid="inspector-help">
        <summary className="gv-inspector__heading" title={t('helpTooltip')}>
          {t('sections.help')}
        </summary>
        <NodeHelp
          type={node.typeName}
          params={node.params}
          inputShape={nodeAnalysis?.inputShape ?? null}
        />
      </details>
    </div>
  );
}
