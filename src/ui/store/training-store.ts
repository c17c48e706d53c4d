import type {
  BackendName,
  SampleGrid,
  TrainingEvent,
  TrainingState,
} from '../../train/protocol';
import { MetricHistory } from './metric-history';

/** Progress of loading the dataset or building the models, before the first step. */
export interface PreparingProgress {
  phase: 'dataset' | 'compile';
  loaded: number;
  total: number;
  message: string;
}

/** Training as the editor shows it: the worker's state, the metrics and the latest samples. */
export interface TrainingSnapshot {
  state: TrainingState;
  step: number;
  stepsPerSecond: number;
  backend: BackendName | null;
  /** One note per backend passed over, with why, e.g. that WebGPU is not available. */
  backendNotes: readonly string[];
  /** The notes in Russian, at the same indices, when the worker wrote them. */
  backendNotesRu: readonly string[] | null;
  progress: PreparingProgress | null;
  /** The last training error, kept until the next start or reset. */
  error: { message: string; step: number } | null;
  /** Shared and changed in place, so `revision` marks when it changed. */
  history: MetricHistory;
  samples: SampleGrid | null;
  /** Counts published changes, so that charts know when to read `history` again. */
  revision: number;
}

/** Creates the snapshot shown before any training. */
export function initialTrainingSnapshot(): TrainingSnapshot {
  return {
    state: 'idle',
    step: 0,
    stepsPerSecond: 0,
    backend: null,
    backendNotes: [],
    backendNotesRu: null,
    progress: null,
    error: null,
    history: new MetricHistory(),
    samples: null,
    revision: 0,
  };
}

/**
 * Applies one worker event to a snapshot and returns the next one. The metric history is
 * appended in place, and every other field is copied.
 */
export function applyTrainingEvent(
  snapshot: TrainingSnapshot,
  event: TrainingEvent,
): TrainingSnapshot {
  const next = { ...snapshot, revision: snapshot.revision + 1 };
  switch (event.type) {
    case 'backend':
      return {
        ...next,
        backend: event.backend,
        backendNotes: event.notes,
        backendNotesRu: event.notesRu ?? null,
      };
    case 'progress':
      return { ...next, progress: { ...event } };
    case 'state': {
      const preparing = event.state === 'preparing';
      return {
        ...next,
        state: event.state,
        step: event.step,
        progress: preparing ? snapshot.progress : null,
        error: preparing ? null : snapshot.error,
      };
    }
    case 'metrics': {
      snapshot.history.append(event.metrics);
      const last = event.metrics.at(-1);
      return { ...next, step: last?.step ?? snapshot.step, stepsPerSecond: event.stepsPerSecond };
    }
    case 'samples':
      return { ...next, samples: event.grid };
    case 'error':
      return { ...next, error: { message: event.message, step: event.step } };
  }
}

/** Events whose effect the user should see at once rather than at the next throttled render. */
export function isUrgentEvent(event: TrainingEvent): boolean {
  return event.type === 'state' || event.type === 'error' || event.type === 'backend';
}
