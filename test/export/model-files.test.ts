import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGan } from '../../src/compile/compile-gan';
import { loadModelFiles, saveModelFiles } from '../../src/export/model-files';
import { DEFAULT_TRAINING, type Graph } from '../../src/schema/preset';
import { GanTrainer } from '../../src/train/gan-trainer';
import { mlpGan, smallDcganGraph } from '../support/graphs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Compiles a graph and trains it two steps, so that weights and BN statistics differ from initial values. */
function trainedGan(graph: Graph): GanTrainer {
  const images = tf.randomUniform([16, 28, 28, 1], -1, 1, 'float32', 7) as tf.Tensor4D;
  const trainer = new GanTrainer(compileGan(graph), images, { ...DEFAULT_TRAINING, batchSize: 4 });
  for (let i = 0; i < 2; i++) trainer.step().dispose();
  images.dispose();
  return trainer;
}

async function outputs(model: tf.LayersModel, input: tf.Tensor): Promise<Float32Array> {
  const output = model.predict(input) as tf.Tensor;
  const values = (await output.data()) as Float32Array;
  output.dispose();
  return values;
}

describe.each([
  ['small DCGAN', smallDcganGraph],
  ['MLP GAN', () => mlpGan()],
])('model files of the %s', (_name, makeGraph) => {
  it('round-trip G and D with equal outputs', async () => {
    const trainer = trainedGan(makeGraph());
    const noise = tf.randomNormal([4, trainer.generator.inputs[0].shape[1]!], 0, 1, 'float32', 3);
    const images = trainer.generator.predict(noise) as tf.Tensor;

    for (const [model, input] of [
      [trainer.generator, noise],
      [trainer.discriminator, images],
    ] as const) {
      const files = await saveModelFiles(model);
      const loaded = await loadModelFiles(files);

      expect(loaded.layers.map((layer) => layer.name)).toEqual(model.layers.map((layer) => layer.name));
      expect(loaded.countParams()).toBe(model.countParams());
      expect(await outputs(loaded, input)).toEqual(await outputs(model, input));
      loaded.dispose();
    }

    tf.dispose([noise, images]);
    trainer.dispose();
  });
});

describe('saveModelFiles', () => {
  it('writes a layers-model manifest naming one weights file', async () => {
    const gan = compileGan(mlpGan());
    const files = await saveModelFiles(gan.generator, 'generator.weights.bin');
    const modelJson = JSON.parse(files.modelJson);
    const specs = modelJson.weightsManifest[0].weights as { shape: number[] }[];
    const values = specs.reduce((sum, spec) => sum + spec.shape.reduce((a, b) => a * b, 1), 0);

    expect(modelJson.format).toBe('layers-model');
    expect(modelJson.weightsManifest).toHaveLength(1);
    expect(modelJson.weightsManifest[0].paths).toEqual(['generator.weights.bin']);
    expect(files.weightsFileName).toBe('generator.weights.bin');
    expect(files.weights.byteLength).toBe(values * 4);
    expect(values).toBe(gan.generator.countParams());
    gan.generator.dispose();
    gan.discriminator.dispose();
  });
});

describe('loadModelFiles', () => {
  it('rejects a manifest naming another weights file', async () => {
    const gan = compileGan(mlpGan());
    const files = await saveModelFiles(gan.generator);
    gan.generator.dispose();
    gan.discriminator.dispose();

    await expect(loadModelFiles({ ...files, weightsFileName: 'other.bin' })).rejects.toThrow(
      'model.json names the weight files ["weights.bin"], not "other.bin"',
    );
  });
});
