import type { ModelPair } from '../../train/model-transfer';
import type { Graph, TrainingSettings } from '../../schema/preset';
import type { LiveEditResult, SampleGrid, TrainingEvent, TrainingRequest } from '../../train/protocol';
import type { Store } from '../store/external-store';
import {
  applyTrainingEvent,
  initialTrainingSnapshot,
  isUrgentEvent,
  type TrainingSnapshot,
} from '../store/training-store';
import { createTrainingClient, type TrainingClient } from './training-client';

/** Minimum time between two snapshots published for metrics and samples, so at most 4 renders/s. */
const PUBLISH_INTERVAL_MS = 250;

/** Commands that the toolbar sends to training. Their results arrive in the training store. */
export interface TrainingController {
  start(request: TrainingRequest): void;
  pause(): void;
  stop(): void;
  /** Discards the weights and clears the metric history and samples. */
  reset(): void;
  /**
   * Sends a graph and settings that differ from the training ones only in live values, such
   * as a LeakyReLU slope or a learning rate. The next step uses them.
   */
  applyLiveEdit(graph: Graph, training: TrainingSettings): Promise<LiveEditResult>;
  /** Saves the trained models; resolves with null when there are none. */
  exportModels(): Promise<ModelPair | null>;
  /**
   * Replaces the weights with imported ones and clears the metric history. Resolves with a
   * message naming what does not match the graph, in which case nothing changes.
   */
  importModels(request: TrainingRequest, models: ModelPair): Promise<string | null>;
  /** Generates images along the latent walk; resolves with null when there are no weights. */
  walkLatent(t: number): Promise<SampleGrid | null>;
  /** Looks for weights saved before a reload and shows their step while nothing has trained. */
  checkSavedWeights(): Promise<void>;
  dispose(): void;
}

/**
 * Connects the training worker to `store`. Events are applied as they arrive, but metrics,
 * samples and progress are published at most every PUBLISH_INTERVAL_MS, so that a fast backend
 * does not re-render the editor on every step. State changes and errors are published at once.
 */
export function createTrainingController(
  store: Store<TrainingSnapshot>,
  createClient: (onEvent: (event: TrainingEvent) => void) => TrainingClient = createTrainingClient,
): TrainingController {
  let pending = store.get();
  let timer: ReturnType<typeof setTimeout> | null = null;
  /**
   * Set by a reset while a step runs: the worker still reports that step's metrics and samples
   * before its final state event, and those belong to the discarded weights.
   */
  let discardUntilState = false;

  const publish = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    store.set(pending);
  };

  /** Shows that a pause or stop waits for the step under way. */
  const ask = (request: 'pause' | 'stop') => {
    if (pending.state !== 'running' && pending.state !== 'preparing') return;
    pending = { ...pending, pendingRequest: request, revision: pending.revision + 1 };
    publish();
  };

  const client = createClient((event) => {
    const fromDiscardedWeights = ['metrics', 'samples', 'activations'].includes(event.type);
    if (discardUntilState && fromDiscardedWeights) return;
    if (discardUntilState && event.type === 'state') {
      discardUntilState = false;
      // The worker reports a reset run as stopped at step 0. Without weights, that is idle.
      if (event.state === 'stopped') event = { ...event, state: 'idle' };
    }
    pending = applyTrainingEvent(pending, event);
    if (isUrgentEvent(event)) publish();
    else timer ??= setTimeout(publish, PUBLISH_INTERVAL_MS);
  });

  return {
    start(request) {
      pending = { ...pending, error: null, revision: pending.revision + 1 };
      publish();
      void client.start(request);
    },
    pause() {
      client.pause();
      ask('pause');
    },
    stop() {
      client.stop();
      ask('stop');
      // A paused worker has no loop to report the stop, and its weights stay as they are.
      if (pending.state === 'paused') {
        pending = { ...pending, state: 'stopped', revision: pending.revision + 1 };
        publish();
      }
    },
    reset() {
      client.reset();
      const running = pending.state === 'running' || pending.state === 'preparing';
      discardUntilState = running;
      pending.history.clear();
      pending = {
        ...initialTrainingSnapshot(),
        history: pending.history,
        backend: pending.backend,
        backendNotes: pending.backendNotes,
        backendNotesRu: pending.backendNotesRu,
        // A running worker reports its own state once the current step ends.
        state: running ? pending.state : 'idle',
        revision: pending.revision + 1,
      };
      publish();
    },
    applyLiveEdit: (graph, training) => client.applyLiveEdit(graph, training),
    exportModels: () => client.exportModels(),
    async importModels(request, models) {
      const mismatch = await client.importModels(request, models);
      if (mismatch === null) {
        // The worker has reported the imported samples and state, but the charts show old weights.
        pending.history.clear();
        pending = { ...pending, error: null, revision: pending.revision + 1 };
        publish();
      }
      return mismatch;
    },
    walkLatent: (t) => client.walkLatent(t),
    async checkSavedWeights() {
      const step = await client.savedStep().catch(() => null);
      if (step === null || pending.state !== 'idle' || pending.history.length > 0) return;
      pending = { ...pending, savedStep: step, revision: pending.revision + 1 };
      publish();
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      client.dispose();
    },
  };
}
