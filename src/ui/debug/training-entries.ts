import { BACKEND_TITLES } from '../../train/protocol';
import { formatMetric } from '../format';
import type { TrainingSnapshot } from '../store/training-store';
import type { DebugEntryDraft } from './debug-log';

/** The training snapshot and metric step that the debug feed logged last. */
export interface TrainingLogCursor {
  snapshot: TrainingSnapshot;
  /** The last step whose metrics were logged, or null before the first. */
  metricStep: number | null;
}

type Values = DebugEntryDraft['message']['values'];

const event = (key: string, values: Values = {}): DebugEntryDraft => ({
  kind: 'event',
  nodeId: null,
  message: { key, values },
});

/**
 * Describes what changed between the logged snapshot and `next` as debug entries: state
 * changes, the backend choice with its notes, errors and metrics. All the steps that arrived
 * since the last call make one metrics entry, so a fast backend adds at most one entry per
 * published snapshot.
 */
export function describeTrainingChange(
  cursor: TrainingLogCursor,
  next: TrainingSnapshot,
): { drafts: DebugEntryDraft[]; cursor: TrainingLogCursor } {
  const previous = cursor.snapshot;
  const drafts: DebugEntryDraft[] = [];

  if (next.backend && next.backendNotes !== previous.backendNotes) {
    drafts.push(event('backend', { backend: BACKEND_TITLES[next.backend] }));
    for (const note of next.backendNotes) drafts.push(event('backendNote', { note }));
  }
  if (next.error && next.error !== previous.error) {
    drafts.push({
      kind: 'error',
      nodeId: null,
      message: { key: 'error', values: { step: next.error.step, message: next.error.message } },
    });
  }

  const { drafts: metricDrafts, metricStep } = describeNewMetrics(next, cursor.metricStep);
  drafts.push(...metricDrafts);

  if (next.state !== previous.state) {
    const state = describeStateChange(previous, next);
    if (state) drafts.push(state);
  }
  return { drafts, cursor: { snapshot: next, metricStep } };
}

function describeStateChange(
  previous: TrainingSnapshot,
  next: TrainingSnapshot,
): DebugEntryDraft | null {
  const step = next.step;
  switch (next.state) {
    case 'preparing':
      return event('preparing');
    case 'running':
      if (previous.state === 'paused') return event('resumed', { step });
      return event('started', { backend: next.backend ? BACKEND_TITLES[next.backend] : '?', step });
    case 'paused':
      return event('paused', { step });
    case 'stopped':
      return event('stopped', { step });
    case 'failed':
      // The message came in an error entry just before.
      return { kind: 'error', nodeId: null, message: { key: 'failed', values: { step } } };
    case 'idle':
      return event('reset');
  }
}

/**
 * Returns one entry with the latest step's metrics and how many steps arrived since
 * `metricStep`. A latest step below `metricStep` means a reset or a new run, whose steps all
 * count as new.
 */
function describeNewMetrics(
  next: TrainingSnapshot,
  metricStep: number | null,
): { drafts: DebugEntryDraft[]; metricStep: number | null } {
  const latest = next.history.latest();
  if (!latest) return { drafts: [], metricStep: null };
  if (latest.step === metricStep) return { drafts: [], metricStep };

  const since = metricStep !== null && latest.step > metricStep ? metricStep : -Infinity;
  let count = 0;
  for (let i = next.history.steps.length - 1; i >= 0 && next.history.steps[i] > since; i--) count++;
  const draft: DebugEntryDraft = {
    kind: 'metrics',
    nodeId: null,
    message: {
      key: 'metrics',
      values: {
        step: latest.step,
        count,
        discriminatorLoss: formatMetric(latest.discriminatorLoss),
        generatorLoss: formatMetric(latest.generatorLoss),
        realScore: formatMetric(latest.realScore),
        fakeScore: formatMetric(latest.fakeScore),
      },
    },
  };
  return { drafts: [draft], metricStep: latest.step };
}
