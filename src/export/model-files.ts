import * as tf from '@tensorflow/tfjs';

/** Name of the topology file in the TensorFlow.js layers-model format. */
export const MODEL_JSON_FILE = 'model.json';

/** Default name of the weights file that `model.json` refers to. */
export const WEIGHTS_FILE = 'weights.bin';

/**
 * A model in the TensorFlow.js layers-model format, in memory: the text of `model.json` and the
 * bytes of the one weights file its manifest names. Written as two files side by side, it loads
 * with `tf.loadLayersModel('…/model.json')`.
 */
export interface ModelFiles {
  modelJson: string;
  weights: ArrayBuffer;
  /** Name of the weights file, as `model.json` refers to it. */
  weightsFileName: string;
}

/**
 * Saves a model to memory in the TensorFlow.js layers-model format. Works in Node and in the
 * browser, since it uses no file system or download handler.
 *
 * @param weightsFileName name of the weights file that `model.json` refers to; default `weights.bin`
 */
export async function saveModelFiles(
  model: tf.LayersModel,
  weightsFileName = WEIGHTS_FILE,
): Promise<ModelFiles> {
  let saved: ModelFiles | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = toModelFiles(artifacts, weightsFileName);
      return { modelArtifactsInfo: artifactsInfo(artifacts, saved) };
    }),
  );
  if (!saved) throw new Error('model.save finished without calling the save handler');
  return saved;
}

/**
 * Loads a model saved by saveModelFiles, or any single-weights-file model in the TensorFlow.js
 * layers-model format. Throws when `model.json` is not valid JSON or names other weight files.
 */
export async function loadModelFiles(files: ModelFiles): Promise<tf.LayersModel> {
  const modelJson = JSON.parse(files.modelJson) as tf.io.ModelJSON;
  const artifacts = await tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => {
    const paths = manifest.flatMap((group) => group.paths);
    if (paths.length !== 1 || paths[0] !== files.weightsFileName) {
      const named = JSON.stringify(paths);
      throw new Error(`${MODEL_JSON_FILE} names the weight files ${named}, not "${files.weightsFileName}"`);
    }
    return [manifest.flatMap((group) => group.weights), files.weights];
  });
  return tf.loadLayersModel(tf.io.fromMemory(artifacts));
}

function toModelFiles(artifacts: tf.io.ModelArtifacts, weightsFileName: string): ModelFiles {
  if (!artifacts.modelTopology || artifacts.modelTopology instanceof ArrayBuffer) {
    throw new Error('model.save gave no JSON topology');
  }
  // Models with many weights may arrive as several buffers, which the weights file stores back to back.
  const weights = tf.io.CompositeArrayBuffer.join(artifacts.weightData ?? []);
  const modelJson: tf.io.ModelJSON = {
    modelTopology: artifacts.modelTopology,
    format: artifacts.format,
    generatedBy: artifacts.generatedBy,
    convertedBy: artifacts.convertedBy,
    weightsManifest: [{ paths: [weightsFileName], weights: artifacts.weightSpecs ?? [] }],
    // JSON.stringify leaves out the fields that are undefined.
    trainingConfig: artifacts.trainingConfig,
    signature: artifacts.signature,
    userDefinedMetadata: artifacts.userDefinedMetadata,
    modelInitializer: artifacts.modelInitializer,
    initializerSignature: artifacts.initializerSignature,
  };
  return { modelJson: JSON.stringify(modelJson), weights, weightsFileName };
}

function artifactsInfo(artifacts: tf.io.ModelArtifacts, files: ModelFiles): tf.io.ModelArtifactsInfo {
  return {
    dateSaved: new Date(),
    modelTopologyType: 'JSON',
    modelTopologyBytes: new TextEncoder().encode(JSON.stringify(artifacts.modelTopology)).length,
    weightSpecsBytes: new TextEncoder().encode(JSON.stringify(artifacts.weightSpecs ?? [])).length,
    weightDataBytes: files.weights.byteLength,
  };
}
