/// <reference lib="webworker" />
import * as tf from '@tensorflow/tfjs';
import { expose, transfer } from 'comlink';
import { compileGan } from '../compile/compile-gan';
import { analyzeGraph, type GraphAnalysis } from '../graph/analyze';
import type { TrainingSetup } from '../graph/live-edit';
import { ActivationProbe } from './activation-probe';
import { resolveTrainingBackend } from './backend-timer';
import { fetchBytes } from './fetch-bytes';
import { GanTrainer } from './gan-trainer';
import { updateRunLive } from './live-update';
import { copyModelWeights, loadModelPair, readStep, saveModelPair, type ModelPair } from './model-transfer';
import { imagesFromBytes } from './images';
import type { LiveEditResult, TrainingEvent, TrainingRequest, TrainingWorkerApi } from './protocol';
import { DEFAULT_SESSION_OPTIONS, TrainingSession } from './training-session';
import {
  clearSavedWeights,
  readSavedStep,
  restoreWeights,
  runWithCheckpoints,
  saveWeights,
} from './weights-store';

/** The real images of one dataset, on the device of the backend they were made on. */
let images: { url: string; backend: string; tensor: tf.Tensor4D } | null = null;
let run: {
  key: string;
  trainer: GanTrainer;
  session: TrainingSession;
  /** A few real images, for the discriminator's activations. */
  realSample: tf.Tensor4D;
  backend: string;
  /** The graph and settings the models have now, live edits included. */
  setup: TrainingSetup;
} | null = null;
/** A live edit that arrived while the models were being built, applied once they are. */
let pendingLiveEdit: TrainingSetup | null = null;
/**
 * The latest request from the editor. Pause, stop and reset can arrive while the models are
 * being prepared or a step is under way, so they are carried out when that work returns.
 */
let requested: 'run' | 'pause' | 'stop' | 'reset' = 'pause';
let preparing = false;
/**
 * True from the moment start() is called until it has settled, the steps and the awaits
 * after them included: a reset then must wait for start() to dispose the run, or start()
 * would go on with disposed models.
 */
let starting = false;
/** True once the weights saved in IndexedDB were offered to a run: only the first run after a reload takes them. */
let savedWeightsChecked = false;

/** What decides whether trained weights can be kept: the graph without positions and labels, and the settings. */
function runKey(request: Pick<TrainingRequest, 'graph' | 'training'>, backend: string): string {
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
  run?.realSample.dispose();
  run = null;
}

/** Carries out a pause, stop or reset that arrived while preparing or training, and reports the state. */
function settle(emit: (event: TrainingEvent) => void, step: number): void {
  const request = requested as typeof requested;
  if (request === 'reset') {
    disposeRun();
    void clearSavedWeights();
    emit({ type: 'state', state: 'idle', step: 0 });
  } else {
    emit({ type: 'state', state: request === 'stop' ? 'stopped' : 'paused', step });
  }
}

/** Builds the models and the session for a request, or keeps the current run when it matches. */
async function prepareRun(request: TrainingRequest, backend: string, emit: (e: TrainingEvent) => void) {
  const key = runKey(request, backend);
  if (run?.key === key) return run;
  disposeRun();
  const analysis = analyzeGraph(request.graph);
  if (!analysis.gan) throw new Error(analysis.errors[0]?.message ?? 'The graph is not a complete GAN.');
  const realImages = await loadImages(request, backend, emit);
  emit({ type: 'progress', phase: 'compile', loaded: 0, total: 1, message: 'Building the models' });
  const trainer = new GanTrainer(compileGan(request.graph, analysis), realImages, request.training);
  const options = {
    ...DEFAULT_SESSION_OPTIONS,
    ...(request.sampleEvery !== undefined && { sampleEvery: request.sampleEvery }),
    seed: request.training.seed,
  };
  const realSample = realImages.slice(0, options.sampleCount);
  const probe = new ActivationProbe(trainer.generator, trainer.discriminator, activationIds(analysis));
  const session = new TrainingSession(trainer, emit, options, { probe, realImages: realSample });
  emit({ type: 'progress', phase: 'compile', loaded: 1, total: 1, message: 'Models built' });
  const setup = { graph: request.graph, training: request.training };
  return { key, trainer, session, realSample, backend, setup };
}

/** Returns the ids of the Activation nodes of each network. */
function activationIds(analysis: GraphAnalysis) {
  const ids = { generator: [] as string[], discriminator: [] as string[] };
  for (const [id, node] of analysis.nodes) {
    if (node.nodeType?.type === 'activation' && node.network) ids[node.network].push(id);
  }
  return ids;
}

const api: TrainingWorkerApi = {
  async start(request, onEvent) {
    if (starting || preparing) return;
    starting = true;
    const emit = (event: TrainingEvent) => onEvent(event);
    requested = 'run';
    pendingLiveEdit = null;
    let step = run?.session.step ?? 0;
    try {
      preparing = true;
      emit({ type: 'state', state: 'preparing', step });
      const { backend, notes, notesRu, measurements } = await resolveTrainingBackend(
        request.graph,
        request.training,
        request.backend,
      );
      emit({ type: 'backend', backend, notes, notesRu, ...(measurements && { measurements }) });

      run = await prepareRun(request, backend, emit);
      const restored = await restoreSavedWeightsOnce(run.trainer, run.session);
      preparing = false;
      if (pendingLiveEdit) updateLive(pendingLiveEdit);

      step = run.session.step;
      if (step === 0 || restored) await run.session.emitSamples();
      // pause(), stop() and reset() may have changed the request during the awaits above.
      if ((requested as typeof requested) !== 'run') return settle(emit, step);
      const keepRunning = () => requested === 'run';
      const outcome = await runWithCheckpoints(run.session, run.trainer, keepRunning, reportSaveError(emit));
      step = run.session.step;
      // The grid then shows the weights that are saved, which a reload restores.
      if (outcome !== 'failed' && (requested as string) !== 'reset') {
        await run.session.emitSamples();
        await saveWeights(run.trainer, step).catch(reportSaveError(emit));
      }
      if (outcome === 'failed') emit({ type: 'state', state: 'failed', step });
      else settle(emit, step);
    } catch (error) {
      emit({ type: 'error', message: (error as Error).message, step });
      emit({ type: 'state', state: 'failed', step });
    } finally {
      preparing = false;
      starting = false;
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
    if (starting) run?.session.pause();
    else {
      disposeRun();
      void clearSavedWeights();
    }
  },

  async savedStep() {
    // Once a run has taken the saved weights or started without them, they are its own.
    return savedWeightsChecked ? null : readSavedStep();
  },

  async walkLatent(t) {
    return run ? run.session.walkLatent(t) : null;
  },

  async applyLiveEdit(graph, training) {
    const setup = { graph, training };
    if (preparing) {
      pendingLiveEdit = setup;
      return 'pending';
    }
    return updateLive(setup);
  },

  async exportModels() {
    if (starting || preparing) throw new Error('pause training before exporting the models');
    if (!run) return null;
    const pair = await saveModelPair(run.trainer, run.session.step);
    return transfer(pair, [pair.generator.weights, pair.discriminator.weights]);
  },

  async importModels(request, models, onEvent) {
    if (starting || preparing) throw new Error('pause training before importing models');
    preparing = true;
    try {
      return await importModelPair(request, models, (event) => onEvent(event));
    } finally {
      preparing = false;
    }
  },
};

/**
 * Applies a live edit to the current run, which the next step uses, and makes the edited graph
 * and settings the run's key, so that resuming with them keeps the weights.
 */
function updateLive(setup: TrainingSetup): LiveEditResult {
  pendingLiveEdit = null;
  if (!run) return 'no-run';
  const result = updateRunLive(run, setup);
  if (result === 'applied') run.key = runKey(setup, run.backend);
  return result;
}

function reportSaveError(emit: (event: TrainingEvent) => void) {
  return (error: unknown) =>
    emit({
      type: 'error',
      message: `The weights could not be saved in the browser, so a reload starts from fresh ones: ${(error as Error).message}`,
      step: run?.session.step ?? 0,
    });
}

/**
 * Loads the weights saved before a reload into a fresh run of the same graph, with their step.
 * Later runs start from fresh weights, as a change to the graph or settings promises.
 */
async function restoreSavedWeightsOnce(trainer: GanTrainer, session: TrainingSession): Promise<boolean> {
  if (savedWeightsChecked || session.step !== 0) return false;
  savedWeightsChecked = true;
  const step = await restoreWeights(trainer);
  if (step === null) return false;
  session.step = step;
  return true;
}

/**
 * Loads imported models into a new run of the request's graph. They are checked against a
 * separate build first, so that a mismatch leaves the current run and its weights untouched.
 */
async function importModelPair(request: TrainingRequest, models: ModelPair, emit: (e: TrainingEvent) => void) {
  // The backend is chosen as start() chooses it, because it is part of the run key.
  const { backend, notes, notesRu, measurements } = await resolveTrainingBackend(
    request.graph,
    request.training,
    request.backend,
  );
  emit({ type: 'backend', backend, notes, notesRu, ...(measurements && { measurements }) });
  const loaded = await loadModelPair(models);
  try {
    const reference = compileGan(request.graph);
    const mismatch = copyModelWeights(loaded, reference);
    reference.generator.dispose();
    reference.discriminator.dispose();
    if (mismatch) return mismatch;

    // A new run, so that the optimizers start without the moments of earlier weights.
    disposeRun();
    // The imported weights replace any saved before a reload, so start() must not restore those.
    savedWeightsChecked = true;
    run = await prepareRun(request, backend, emit);
    copyModelWeights(loaded, run.trainer);
    run.session.step = readStep(models.generator);
    await run.session.emitSamples();
    await saveWeights(run.trainer, run.session.step).catch(reportSaveError(emit));
    requested = 'pause';
    emit({ type: 'state', state: 'paused', step: run.session.step });
    return null;
  } finally {
    loaded.generator.dispose();
    loaded.discriminator.dispose();
  }
}

expose(api);
