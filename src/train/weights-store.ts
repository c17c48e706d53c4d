import * as tf from '@tensorflow/tfjs';
import { copyModelWeights, type NetworkName } from './model-transfer';
import type { TrainingSession } from './training-session';

/** IndexedDB URLs of the latest trained weights, which the worker saves and restores. */
export const SAVED_MODEL_URLS: Record<NetworkName, string> = {
  generator: 'indexeddb://ganvas-generator',
  discriminator: 'indexeddb://ganvas-discriminator',
};

/** Time between two saves of the weights while training runs, in milliseconds. */
export const CHECKPOINT_INTERVAL_MS = 30_000;

/** Key in the saved generator's user-defined metadata that stores the training step. */
const STEP_KEY = 'ganvasStep';

type ModelsByNetwork = Record<NetworkName, tf.LayersModel>;

/**
 * Saves both networks to IndexedDB, replacing the previous save, with `step` in the
 * generator's metadata. Call it only between training steps: a step that runs during the
 * save could replace a weight while it is being read.
 */
export async function saveWeights(models: ModelsByNetwork, step: number): Promise<void> {
  models.generator.setUserDefinedMetadata({ [STEP_KEY]: step });
  await models.generator.save(SAVED_MODEL_URLS.generator);
  await models.discriminator.save(SAVED_MODEL_URLS.discriminator);
}

/**
 * Loads the saved networks into `target` when their layer names and weight shapes match it.
 * Returns the saved training step. Returns null, and leaves `target` unchanged, when nothing is
 * saved, the save is unreadable or it belongs to another graph.
 *
 * NOTE: the Adam moments of both optimizers are not saved, so training after a restore starts
 * them from zero, which can make the first steps differ from an uninterrupted run.
 */
export async function restoreWeights(target: ModelsByNetwork): Promise<number | null> {
  const loaded = await loadSavedModels();
  if (!loaded) return null;
  try {
    if (copyModelWeights(loaded, target) !== null) return null;
    return stepOf(loaded.generator.getUserDefinedMetadata());
  } finally {
    loaded.generator.dispose();
    loaded.discriminator.dispose();
  }
}

/**
 * Reads the training step of the saved weights without building the models. Resolves with
 * null when no complete save exists or it cannot be read.
 */
export async function readSavedStep(): Promise<number | null> {
  const saved = await tf.io.listModels().catch(() => ({}) as Record<string, unknown>);
  if (!(SAVED_MODEL_URLS.generator in saved) || !(SAVED_MODEL_URLS.discriminator in saved)) {
    return null;
  }
  const [handler] = tf.io.getLoadHandlers(SAVED_MODEL_URLS.generator);
  const artifacts = await handler?.load?.().catch(() => null);
  if (!artifacts) return null;
  return stepOf(artifacts.userDefinedMetadata);
}

function stepOf(metadata: object | undefined): number {
  const step = (metadata as Record<string, unknown> | undefined)?.[STEP_KEY];
  return typeof step === 'number' && Number.isInteger(step) && step >= 0 ? step : 0;
}

/** Deletes the saved networks. Resolves also when none are saved. */
export async function clearSavedWeights(): Promise<void> {
  const saved = await tf.io.listModels().catch(() => ({}) as Record<string, unknown>);
  for (const url of Object.values(SAVED_MODEL_URLS)) {
    if (url in saved) await tf.io.removeModel(url);
  }
}

async function loadSavedModels(): Promise<ModelsByNetwork | null> {
  const saved = await tf.io.listModels().catch(() => ({}) as Record<string, unknown>);
  if (!(SAVED_MODEL_URLS.generator in saved) || !(SAVED_MODEL_URLS.discriminator in saved)) {
    return null;
  }
  let generator: tf.LayersModel | null = null;
  try {
    generator = await tf.loadLayersModel(SAVED_MODEL_URLS.generator);
    const discriminator = await tf.loadLayersModel(SAVED_MODEL_URLS.discriminator);
    return { generator, discriminator };
  } catch {
    // A save from an older build whose layers tfjs cannot rebuild is treated as no save.
    generator?.dispose();
    return null;
  }
}

/**
 * Runs `session` like `session.run()`, but pauses it every `interval` ms to save the weights
 * of `models` between two steps, then continues while `keepRunning()` is true. A failed save
 * goes to `onSaveError` and training continues. Resolves with the outcome of the last run.
 */
export async function runWithCheckpoints(
  session: TrainingSession,
  models: ModelsByNetwork,
  keepRunning: () => boolean,
  onSaveError: (error: unknown) => void,
  interval = CHECKPOINT_INTERVAL_MS,
): Promise<'paused' | 'finished' | 'failed'> {
  for (;;) {
    let checkpointDue = false;
    const timer = setTimeout(() => {
      checkpointDue = true;
      session.pause();
    }, interval);
    const outcome = await session.run();
    clearTimeout(timer);
    if (outcome !== 'paused' || !checkpointDue || !keepRunning()) return outcome;
    await saveWeights(models, session.step).catch(onSaveError);
    if (!keepRunning()) return outcome;
  }
}
