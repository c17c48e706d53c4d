import type {
  BackendName,
  SampleGrid,
  TrainingEvent,
  TrainingState,
} from '../../train/protocol';
import type { ActivationStats } from '../../insight/activation-stats';
import type { SampleCheck } from '../../insight/training-warnings';
import { MetricHistory } from './metric-history';

/** Sample checks kept for the warnings, enough to cover their longest window. */
const MAX_SAMPLE_CHECKS = 200;

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
  /** Spread and change of each sample grid, oldest first, for the warnings. */
  sampleChecks: readonly SampleCheck[];
  /** The latest outputs of the Activation nodes, by node id. */
  activations: { step: number; stats: Readonly<Record<string, ActivationStats>> } | null;
  /**
   * A pause or stop requested while a step runs, shown until the worker reports its
   * new state after that step.
   */
  pendingRequest: 'pause' | 'stop' | null;
  /** Step of the weights saved before a reload, which the next Train continues from. */
  savedStep: number | null;
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
    sampleChecks: [],
    activations: null,
    pendingRequest: null,
    savedStep: null,
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
        pendingRequest: null,
        savedStep: event.state === 'idle' ? snapshot.savedStep : null,
        progress: preparing ? snapshot.progress : null,
        error: preparing ? null : snapshot.error,
      };
    }
    case 'metrics': {
      snapshot.history.append(event.metrics);
      const last = event.metrics.at(-1);
      return { ...next, step: last?.step ?? snapshot.step, stepsPerSecond: event.stepsPerSecond };
    }
    case 'samples': {
      // A check at or before the last one kept means a new run from fresh weights.
      const earlier = snapshot.sampleChecks.filter((check) => check.step < event.check.step);
      const sampleChecks = [...earlier.slice(-(MAX_SAMPLE_CHECKS - 1)), event.check];
      return { ...next, samples: event.grid, sampleChecks };
    }
    case 'activations':
      return { ...next, activations: { step: event.step, stats: event.stats } };
    case 'error':
      return { ...next, error: { message: event.message, step: event.step } };
  }
}

/** Events whose effect the user should see at once rather than at the next throttled render. */
export function isUrgentEvent(event: TrainingEvent): boolean {
  return event.type === 'state' || event.type === 'error' || event.type === 'backend';
}
