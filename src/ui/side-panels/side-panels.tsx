import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphAnalysis } from '../../graph/analyze';
import { createDebugFeed } from '../debug/debug-feed';
import { DebugSidebar } from '../debug/debug-sidebar';
import type { GanvasEditor } from '../editor/create-editor';
import { InspectorPanel } from '../inspector/inspector-panel';
import { ShortcutHelp } from '../keyboard/shortcut-help';
import { useEditorKeys } from '../keyboard/use-editor-keys';
import type { Store } from '../store/external-store';
import type { TrainingSnapshot } from '../store/training-store';
import './side-panels.css';

interface SidePanelsProps {
  editor: GanvasEditor | null;
  stores: { analysis: Store<GraphAnalysis>; training: Store<TrainingSnapshot> };
}

/**
 * Renders the right-hand column: the inspector of the selected node and the debug log, each
 * shown or hidden by its toggle, and the keyboard shortcuts with their help. The debug log
 * records while hidden.
 */
export function SidePanels({ editor, stores }: SidePanelsProps) {
  const { t } = useTranslation(['inspector', 'sidebar', 'keyboard']);
  const [inspectorOpen, setInspectorOpen] = useState(true);
  const [debugOpen, setDebugOpen] = useState(true);
  const [helpOpen, setHelpOpen] = useState(false);
  const feed = useMemo(() => createDebugFeed(stores), [stores]);
  useEffect(() => {
    feed.start();
    return feed.stop;
  }, [feed]);
  const inspector = useRef<HTMLElement>(null);
  const toggleHelp = useCallback(() => setHelpOpen((open) => !open), []);
  const inspect = useCallback(() => {
    setInspectorOpen(true);
    // The inspector may mount only with this render, so the focus moves on the next frame.
    requestAnimationFrame(() => {
      const label = '[data-testid="inspector-label"]';
      inspector.current?.querySelector<HTMLElement>(label)?.focus();
    });
  }, []);
  const keyActions = useMemo(
    () => ({ onHelp: toggleHelp, onInspect: inspect }),
    [toggleHelp, inspect],
  );
  useEditorKeys(editor, stores.analysis, keyActions);

  const open = inspectorOpen || debugOpen;
  return (
    <aside className={`gv-side${open ? ' is-open' : ''}`} aria-label={t('sidebar:panels')}>
      <div className="gv-side__toggles" role="group" aria-label={t('sidebar:panels')}>
        <ToggleButton
          pressed={inspectorOpen}
          label={t('inspector:toggle.label')}
          tooltip={t('inspector:toggle.tooltip')}
          testId="toggle-inspector"
          onToggle={() => setInspectorOpen(!inspectorOpen)}
        />
        <ToggleButton
          pressed={debugOpen}
          label={t('sidebar:toggle.label')}
          tooltip={t('sidebar:toggle.tooltip')}
          testId="toggle-debug"
          onToggle={() => setDebugOpen(!debugOpen)}
        />
        <button
          type="button"
          className="gv-button gv-button--small"
          title={t('keyboard:help.tooltip')}
          data-testid="shortcuts-button"
          onClick={toggleHelp}
        >
          {t('keyboard:help.button')}
        </button>
      </div>
      {inspectorOpen && (
        <section ref={inspector} className="gv-side__panel" aria-label={t('inspector:title')}>
          <h2 className="gv-side__title">{t('inspector:title')}</h2>
          {editor && <InspectorPanel editor={editor} analysis={stores.analysis} />}
        </section>
      )}
      {debugOpen && (
        <section className="gv-side__panel" aria-label={t('sidebar:title')}>
          <h2 className="gv-side__title">{t('sidebar:title')}</h2>
          <DebugSidebar
            feed={feed}
            editor={editor}
            analysis={stores.analysis}
            onShowNode={(nodeId) => void editor?.showNode(nodeId)}
          />
        </section>
      )}
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
    </aside>
  );
}

interface ToggleButtonProps {
  pressed: boolean;
  label: string;
  tooltip: string;
  testId: string;
  onToggle(): void;
}

function ToggleButton({ pressed, label, tooltip, testId, onToggle }: ToggleButtonProps) {
  return (
    <button
      type="button"
      className="gv-button gv-button--small gv-side__toggle"
      aria-pressed={pressed}
      title={tooltip}
      data-testid={testId}
      onClick={onToggle}
    >
      {label}
    </button>
  );
}
