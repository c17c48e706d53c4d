import { proxy, transfer, wrap, type Remote } from 'comlink';
import i18next from 'i18next';
import type { ModelPair } from '../../train/model-transfer';
import type { Graph, TrainingSettings } from '../../schema/preset';
import type {
  LiveEditResult,
  SampleGrid,
  TrainingEvent,
  TrainingRequest,
  TrainingWorkerApi,
} from '../../train/protocol';

/**
 * The training worker as the editor calls it. Every call goes to one worker, created on first
 * use.
 */
export interface TrainingClient {
  /** Starts or resumes training, and resolves when the worker's loop has ended. */
  start(request: TrainingRequest): Promise<void>;
  pause(): void;
  stop(): void;
  /** Discards the trained weights. */
  reset(): void;
  /** Sends values that the running models take before their next step; see TrainingWorkerApi. */
  applyLiveEdit(graph: Graph, training: TrainingSettings): Promise<LiveEditResult>;
  /** Saves the trained models; resolves with null when the worker has none. */
  exportModels(): Promise<ModelPair | null>;
  /**
   * Sends models to continue training from. Resolves with a message naming what does not
   * match the request's graph, or null when the worker took them.
   */
  importModels(request: TrainingRequest, models: ModelPair): Promise<string | null>;
  /** Generates images along the latent walk; resolves with null when there are no weights. */
  walkLatent(t: number): Promise<SampleGrid | null>;
  /** Reads the step of the weights saved before a reload; null when there are none. */
  savedStep(): Promise<number | null>;
  /** Terminates the worker. */
  dispose(): void;
}

/**
 * Creates a client for the training worker in src/train/worker.ts. Failures to load or call
 * the worker reach `onEvent` as an `error` event followed by the `failed` state, like errors
 * inside training.
 */
export function createTrainingClient(onEvent: (event: TrainingEvent) => void): TrainingClient {
  let worker: Worker | null = null;
  let api: Remote<TrainingWorkerApi> | null = null;
  let lastStep = 0;

  const fail = (message: string) => {
    onEvent({ type: 'error', message, step: lastStep });
    onEvent({ type: 'state', state: 'failed', step: lastStep });
  };

  // Messages are written in the language of the moment they happen, like a log line.
  const t = i18next.getFixedT(null, 'training');
  const reportCallFailure = (error: unknown) =>
    fail(t('errors.workerFailed', { message: (error as Error).message }));

  const forward = (event: TrainingEvent) => {
    if (event.type === 'state' || event.type === 'error') lastStep = event.step;
    if (event.type === 'metrics') lastStep = event.metrics.at(-1)?.step ?? lastStep;
    onEvent(event);
  };

  const connect = (): Remote<TrainingWorkerApi> => {
    if (api) return api;
    worker = new Worker(new URL('../../train/worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('error', (event) => {
      fail(
        event.message
          ? t('errors.workerLoad', { message: event.message })
          : t('errors.workerLoadConsole'),
      );
    });
    api = wrap<TrainingWorkerApi>(worker);
    return api;
  };

  return {
    async start(request) {
      try {
        await connect().start(request, proxy(forward));
      } catch (error) {
        fail(t('errors.startFailed', { message: (error as Error).message }));
      }
    },
    pause: () => void api?.pause().catch(reportCallFailure),
    stop: () => void api?.stop().catch(reportCallFailure),
    // The worker also deletes the weights saved before a reload, so reset starts it if needed.
    reset: () => void connect().reset().catch(reportCallFailure),
    applyLiveEdit: async (graph, training) =>
      api ? api.applyLiveEdit(graph, training) : 'no-run',
    exportModels: async () => (api ? api.exportModels() : null),
    importModels(request, models) {
      const buffers = [models.generator.weights, models.discriminator.weights];
      return connect().importModels(request, transfer(models, buffers), proxy(forward));
    },
    walkLatent: async (t) => (api ? api.walkLatent(t) : null),
    savedStep: () => connect().savedStep(),
    dispose() {
      worker?.terminate();
      worker = null;
      api = null;
    },
  };
}
