import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphAnalysis } from '../../graph/analyze';
import type { Graph, Preset } from '../../schema/preset';
import type { GanvasEditor } from '../editor/create-editor';
import { CompareRuns } from './compare-runs';
import { LessonPanel } from './lesson-panel';
import type { RunRecord } from './run-archive';
import './teach.css';

interface TeachingPanelsProps {
  editor: GanvasEditor | null;
  analysis: GraphAnalysis;
  run: { graph: Graph; steps: number } | null;
  runs: readonly RunRecord[];
  canKeepRun: boolean;
  onKeepRun(): void;
  openPreset(preset: Preset): Promise<boolean>;
}

type Panel = 'lessons' | 'compare' | null;

/** Canvas pixels the lesson panel covers from the left edge, with its margin. */
export const LESSON_PANEL_WIDTH = 350;

/** Renders the Lessons and Compare runs buttons over the canvas, and the panel each opens. */
export function TeachingPanels(props: TeachingPanelsProps) {
  const { t } = useTranslation('teach');
  const [panel, setPanel] = useState<Panel>(null);
  const toggle = (next: Panel) => setPanel((current) => (current === next ? null : next));
  const close = () => setPanel(null);

  return (
    <div className="gv-teach">
      <div className="gv-teach__buttons">
        <button
          type="button"
          className="gv-button"
          aria-pressed={panel === 'lessons'}
          onClick={() => toggle('lessons')}
          title={t('lessons.tooltip')}
        >
          {t('lessons.button')}
        </button>
        <button
          type="button"
          className="gv-button"
          aria-pressed={panel === 'compare'}
          onClick={() => toggle('compare')}
          title={t('compare.tooltip')}
        >
          {t('compare.button', { count: props.runs.length })}
        </button>
      </div>
      {/* Both stay mounted while hidden, so a lesson keeps its progress. */}
      <div hidden={panel !== 'lessons'}>
        <LessonPanel
          editor={props.editor}
          analysis={props.analysis}
          run={props.run}
          savedRuns={props.runs.length}
          openPreset={props.openPreset}
          onClose={close}
        />
      </div>
      {panel === 'compare' && (
        <CompareRuns
          runs={props.runs}
          canKeepCurrent={props.canKeepRun}
          onKeepCurrent={props.onKeepRun}
          onClose={close}
        />
      )}
    </div>
  );
}
