/// <reference lib="webworker" />
import * as tf from '@tensorflow/tfjs';
import { expose } from 'comlink';
import { compileGan } from '../compile/compile-gan';
import { analyzeGraph } from '../graph/analyze';
import { selectBackend } from './backend';
import { fetchBytes } from './fetch-bytes';
import { GanTrainer } from './gan-trainer';
import { imagesFromBytes } from './images';
import type { TrainingEvent, TrainingRequest, TrainingWorkerApi } from './protocol';
import { TrainingSession } from './training-session';

/** The real images of one dataset, on the device of the backend they were made on. */
let images: { url: string; backend: string; tensor: tf.Tensor4D } | null = null;
let run: { key: string; trainer: GanTrainer; session: TrainingSession } | null = null;
/**
 * The latest request from the editor. Pause, stop and reset can arrive while the models are
 * being prepared or a step is under way; they are carried out when that work returns.
 */
let requested: 'run' | 'pause' | 'stop' | 'reset' = 'pause';
let preparing = false;

/** What decides whether trained weights can be kept: the graph without positions and labels, and the settings. */
function runKey(request: TrainingRequest, backend: string): string {
  const nodes = request.graph.nodes.map(({ id, type, params }) => ({ id, type, params }));
  return JSON.stringify([nodes, request.graph.connections, request.training, backend]);
}

async function loadImages(request: TrainingRequest, backend: string, emit: (e: TrainingEvent) => void) {
  if (images?.url === request.datasetUrl && images.backend === backend) return images.tensor;
  images?.tensor.dispose();
  images = null;
  const bytes = await fetchBytes(request.datasetUrl, (loaded, total) =>
    emit({ type: 'progress', phase: 'dataset', loaded, total, message: 'Loading the dataset' }),
  );
  const shape = analyzeGraph(request.graph).gan!.imageShape;
  images = { url: request.datasetUrl, backend, tensor: imagesFromBytes(bytes, shape) };
  return images.tensor;
}

function disposeRun(): void {
  run?.session.dispose();
  run?.trainer.dispose();
  run = null;
}

/** Carries out a pause, stop or reset that arrived while preparing or training, and reports the state. */
function settle(emit: (event: TrainingEvent) => void, step: number): void {
  const request = requested as typeof requested;
  if (request === 'reset') {
    disposeRun();
    emit({ type: 'state', state: 'idle', step: 0 });
  } else {
    emit({ type: 'state', state: request === 'stop' ? 'stopped' : 'paused', step });
  }
}

const api: TrainingWorkerApi = {
  async start(request, onEvent) {
    if (preparing || run?.session.isRunning) return;
    const emit = (event: TrainingEvent) => onEvent(event);
    requested = 'run';
    let step = run?.session.step ?? 0;
    try {
      preparing = true;
      emit({ type: 'state', state: 'preparing', step });
      const { backend, notes } = await selectBackend(request.backend);
      emit({ type: 'backend', backend, notes });

      const key = runKey(request, backend);
      if (run?.key !== key) {
        disposeRun();
        const analysis = analyzeGraph(request.graph);
        if (!analysis.gan) throw new Error(analysis.errors[0]?.message ?? 'The graph is not a complete GAN.');
        const realImages = await loadImages(request, backend, emit);
        emit({ type: 'progress', phase: 'compile', loaded: 0, total: 1, message: 'Building the models' });
        const trainer = new GanTrainer(compileGan(request.graph, analysis), realImages, request.training);
        const session = new TrainingSession(trainer, emit, {
          ...(request.sampleEvery !== undefined && { sampleEvery: request.sampleEvery }),
          seed: request.training.seed,
        });
        run = { key, trainer, session };
        emit({ type: 'progress', phase: 'compile', loaded: 1, total: 1, message: 'Models built' });
      }
      preparing = false;

      step = run.session.step;
      if (step === 0) await run.session.emitSamples();
      // pause(), stop() and reset() may have changed the request during the awaits above.
      if ((requested as typeof requested) !== 'run') return settle(emit, step);
      const outcome = await run.session.run();
      step = run.session.step;
      if (outcome === 'failed') emit({ type: 'state', state: 'failed', step });
      else settle(emit, step);
    } catch (error) {
      emit({ type: 'error', message: (error as Error).message, step });
      emit({ type: 'state', state: 'failed', step });
    } finally {
      preparing = false;
    }
  },

  pause() {
    requested = 'pause';
    run?.session.pause();
  },

  stop() {
    requested = 'stop';
    run?.session.pause();
  },

  reset() {
    requested = 'reset';
    if (run?.session.isRunning || preparing) run?.session.pause();
    else disposeRun();
  },
};

expose(api);
