import type { Graph, TrainingSettings } from '../schema/preset';
import type { ActivationStats } from '../insight/activation-stats';
import type { SampleCheck } from '../insight/training-warnings';
import type { BackendMeasurement } from './backend-choice';
import type { ModelPair } from './model-transfer';

/** Backends in the order Ganvas tries them. */
export const BACKEND_ORDER = ['webgpu', 'webgl', 'cpu'] as const;
export type BackendName = (typeof BACKEND_ORDER)[number];

export const BACKEND_TITLES: Record<BackendName, string> = { webgpu: 'WebGPU', webgl: 'WebGL', cpu: 'CPU' };

/** Reads a backend name such as one from a `?backend=` URL parameter; anything else gives undefined. */
export function parseBackendName(text: string | null | undefined): BackendName | undefined {
  return BACKEND_ORDER.find((name) => name === text);
}

/** Metrics of one training step, read back from the device. */
export interface StepMetrics {
  step: number;
  discriminatorLoss: number;
  generatorLoss: number;
  /** Mean probability D gives real images, D(x). */
  realScore: number;
  /** Mean probability D gives generated images, D(G(z)). */
  fakeScore: number;
}

/** A grid of generated images as RGBA pixels, ready for `ImageData`. */
export interface SampleGrid {
  step: number;
  width: number;
  height: number;
  pixels: Uint8ClampedArray;
}

export type TrainingState = 'idle' | 'preparing' | 'running' | 'paused' | 'stopped' | 'failed';

/** Everything the training worker reports to the editor. */
export type TrainingEvent =
  | {
      type: 'backend';
      backend: BackendName;
      notes: string[];
      /** The notes in Russian, at the same indices. */
      notesRu?: string[];
      /** Step times on each backend, when the backend was chosen by measuring them. */
      measurements?: BackendMeasurement[];
    }
  | { type: 'progress'; phase: 'dataset' | 'compile'; loaded: number; total: number; message: string }
  | { type: 'state'; state: TrainingState; step: number }
  | { type: 'metrics'; metrics: StepMetrics[]; stepsPerSecond: number }
  | { type: 'samples'; grid: SampleGrid; check: SampleCheck }
  /** Outputs of the Activation nodes on the fixed noise batch and on real images, by node id. */
  | { type: 'activations'; step: number; stats: Record<string, ActivationStats> }
  | { type: 'error'; message: string; step: number };

export interface TrainingRequest {
  graph: Graph;
  training: TrainingSettings;
  /** Absolute URL of the dataset's bytes, served from the app's own origin. */
  datasetUrl: string;
  /** Backend to use; by default the fastest on this graph, measured once per device and cached. */
  backend?: BackendName;
  /** Steps between refreshes of the sample grid. */
  sampleEvery?: number;
}

/**
 * The outcome of a live edit: applied, kept until the models are built, not applicable
 * because it needs new models or has an invalid value, or dropped because no models exist.
 */
export type LiveEditResult = 'applied' | 'pending' | 'structural' | 'invalid' | 'no-run';

/** The API the training worker exposes through comlink. */
export interface TrainingWorkerApi {
  /** Starts training, or resumes it when paused with the same graph. Events go to `onEvent`. */
  start(request: TrainingRequest, onEvent: (event: TrainingEvent) => void): Promise<void>;
  pause(): void;
  stop(): void;
  /**
   * Generates a row of images from noise vectors a fraction `t` (0 to 1) of the way along
   * fixed paths between pairs of vectors. Resolves with null before any weights exist.
   */
  walkLatent(t: number): Promise<SampleGrid | null>;
  /** Reads the step of the weights saved before a reload, or null when none are saved. */
  savedStep(): Promise<number | null>;
  /** Discards the trained weights so the next start begins from fresh ones. */
  reset(): void;
  /**
   * Gives the running or paused models a graph and settings that differ from theirs only in
   * live values (see classifyEdit), before their next step. Resolves with `applied`, with
   * `pending` while the models are being built (the edit is applied once they are), or with why
   * nothing changed.
   */
  applyLiveEdit(graph: Graph, training: TrainingSettings): Promise<LiveEditResult>;
  /**
   * Saves the trained generator and discriminator, with their weight buffers transferred.
   * Resolves with null when there are no weights yet, and rejects while training runs.
   */
  exportModels(): Promise<ModelPair | null>;
  /**
   * Builds the request's models, as `start` would, with the weights of `models`, and reports
   * their samples and the `paused` state through `onEvent`, so that the next start continues
   * from them. Resolves with a message naming the first layer or weight that differs from the
   * graph, or null on success. Rejects while training runs.
   */
  importModels(
    request: TrainingRequest,
    models: ModelPair,
    onEvent: (event: TrainingEvent) => void,
  ): Promise<string | null>;
}
