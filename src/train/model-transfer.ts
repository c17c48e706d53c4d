import type * as tf from '@tensorflow/tfjs';
import { loadModelFiles, saveModelFiles, type ModelFiles } from '../export/model-files';

/** The two networks of a GAN in the TensorFlow.js layers-model format, as files in memory. */
export interface ModelPair {
  generator: ModelFiles;
  discriminator: ModelFiles;
}

export type NetworkName = keyof ModelPair;

/** File names of each network's model.json and weights file, as the export downloads them. */
export const MODEL_FILE_NAMES: Record<NetworkName, { json: string; weights: string }> = {
  generator: { json: 'generator.json', weights: 'generator.weights.bin' },
  discriminator: { json: 'discriminator.json', weights: 'discriminator.weights.bin' },
};

/** Key in a model's user-defined metadata under which Ganvas stores the training step. */
const STEP_METADATA_KEY = 'ganvasStep';

/** One layer as the compatibility check compares it: its name and the shapes of its weights. */
export interface LayerWeights {
  name: string;
  weights: { name: string; shape: number[] }[];
}

/**
 * Saves both networks with their weights-manifest paths set to MODEL_FILE_NAMES, so that
 * `tf.loadLayersModel(tf.io.browserFiles([json, weights]))` loads the downloaded files.
 *
 * @param step training step of the weights, stored in each model.json's userDefinedMetadata
 */
export async function saveModelPair(
  models: Record<NetworkName, tf.LayersModel>,
  step: number,
): Promise<ModelPair> {
  const save = async (network: NetworkName) => {
    const files = await saveModelFiles(models[network], MODEL_FILE_NAMES[network].weights);
    return withStep(files, step);
  };
  return { generator: await save('generator'), discriminator: await save('discriminator') };
}

/** Loads both networks of a pair. Throws when a model.json is invalid, after disposing any loaded model. */
export async function loadModelPair(pair: ModelPair): Promise<Record<NetworkName, tf.LayersModel>> {
  const generator = await loadNetwork(pair, 'generator');
  try {
    return { generator, discriminator: await loadNetwork(pair, 'discriminator') };
  } catch (error) {
    generator.dispose();
    throw error;
  }
}

async function loadNetwork(pair: ModelPair, network: NetworkName): Promise<tf.LayersModel> {
  try {
    return await loadModelFiles(pair[network]);
  } catch (error) {
    throw new Error(`The ${network} files could not be loaded: ${(error as Error).message}`);
  }
}

/** Reads the training step that saveModelPair stored, or 0 when the file has none. */
export function readStep(files: ModelFiles): number {
  const metadata = (JSON.parse(files.modelJson) as tf.io.ModelJSON).userDefinedMetadata;
  const step = metadata?.[STEP_METADATA_KEY];
  return typeof step === 'number' && Number.isInteger(step) && step >= 0 ? step : 0;
}

function withStep(files: ModelFiles, step: number): ModelFiles {
  const modelJson = JSON.parse(files.modelJson) as tf.io.ModelJSON;
  modelJson.userDefinedMetadata = { ...modelJson.userDefinedMetadata, [STEP_METADATA_KEY]: step };
  return { ...files, modelJson: JSON.stringify(modelJson) };
}

/**
 * Lists a model's layers with the shapes of their weights. Weight names are the part after the
 * layer name (`kernel`, `bias`, `moving_mean`), because tfjs appends a counter to the full
 * variable names of every model loaded after the first.
 */
export function describeLayers(model: tf.LayersModel): LayerWeights[] {
  return model.layers.map((layer) => ({
    name: layer.name,
    weights: layer.weights.map((weight) => ({
      name: weight.originalName.split('/').at(-1) ?? weight.originalName,
      shape: [...weight.shape] as number[],
    })),
  }));
}

/**
 * Compares the layers of a loaded network with the layers that the current graph compiles to.
 * Returns a message naming the first difference and the fix, or null when the weights can be
 * copied layer by layer.
 */
export function findWeightsMismatch(
  network: NetworkName,
  loaded: readonly LayerWeights[],
  expected: readonly LayerWeights[],
): string | null {
  const difference = findFirstDifference(network, loaded, expected);
  if (difference === null) return null;
  return `${difference} Open the graph that the models were trained with, then import them again.`;
}

function findFirstDifference(
  network: NetworkName,
  loaded: readonly LayerWeights[],
  expected: readonly LayerWeights[],
): string | null {
  const prefix = `The imported ${network} does not match this graph's ${network}:`;
  const loadedNames = new Set(loaded.map((layer) => layer.name));
  const missing = expected.find((layer) => !loadedNames.has(layer.name));
  if (missing) return `${prefix} it has no layer ${missing.name}.`;
  const expectedNames = new Set(expected.map((layer) => layer.name));
  const extra = loaded.find((layer) => !expectedNames.has(layer.name));
  if (extra) return `${prefix} its layer ${extra.name} is not in the graph.`;

  for (const [index, layer] of expected.entries()) {
    if (loaded[index].name !== layer.name) {
      return `${prefix} layer ${index + 1} is ${loaded[index].name} in the file but ${layer.name} in the graph.`;
    }
    const mismatch = compareLayer(loaded[index], layer);
    if (mismatch) return `${prefix} ${mismatch}.`;
  }
  return null;
}

function compareLayer(loaded: LayerWeights, expected: LayerWeights): string | null {
  const describe = (layer: LayerWeights) => layer.weights.map((w) => w.name).join(', ') || 'none';
  if (loaded.weights.length !== expected.weights.length) {
    return (
      `layer ${expected.name} has the weights [${describe(loaded)}] in the file ` +
      `but [${describe(expected)}] in the graph`
    );
  }
  for (const [index, weight] of expected.weights.entries()) {
    const other = loaded.weights[index];
    if (other.name !== weight.name) {
      return `layer ${expected.name} has the weight ${other.name} in the file where the graph has ${weight.name}`;
    }
    if (!sameShape(other.shape, weight.shape)) {
      return (
        `weight ${weight.name} of layer ${expected.name} has the shape ` +
        `[${other.shape.join(', ')}] in the file but [${weight.shape.join(', ')}] in the graph`
      );
    }
  }
  return null;
}

const sameShape = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((size, i) => size === b[i]);

/**
 * Checks both loaded networks against `target` and copies their weights, batch-normalization
 * statistics included, into it. Returns the first mismatch and copies nothing in that case.
 */
export function copyModelWeights(
  loaded: Record<NetworkName, tf.LayersModel>,
  target: Record<NetworkName, tf.LayersModel>,
): string | null {
  const networks: NetworkName[] = ['generator', 'discriminator'];
  for (const network of networks) {
    const mismatch = findWeightsMismatch(
      network,
      describeLayers(loaded[network]),
      describeLayers(target[network]),
    );
    if (mismatch) return mismatch;
  }
  for (const network of networks) target[network].setWeights(loaded[network].getWeights());
  return null;
}
