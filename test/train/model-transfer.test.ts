import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGan } from '../../src/compile/compile-gan';
import {
  copyModelWeights,
  describeLayers,
  findWeightsMismatch,
  loadModelPair,
  readStep,
  saveModelPair,
  type LayerWeights,
} from '../../src/train/model-transfer';
import { mlpGan } from '../support/graphs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const dense = (name: string, inputs: number, units: number): LayerWeights => ({
  name,
  weights: [
    { name: 'kernel', shape: [inputs, units] },
    { name: 'bias', shape: [units] },
  ],
});

const latent: LayerWeights = { name: 'latent', weights: [] };

describe('findWeightsMismatch', () => {
  const expected = [latent, dense('generator_g1', 8, 16), dense('generator_g2', 16, 784)];

  it('accepts equal layers', () => {
    expect(findWeightsMismatch('generator', expected, expected)).toBeNull();
  });

  it.for([
    {
      case: 'missing layer',
      loaded: [latent, dense('generator_g1', 8, 16)],
      message: 'it has no layer generator_g2',
    },
    {
      case: 'extra layer',
      loaded: [...expected, dense('generator_g3', 784, 784)],
      message: 'its layer generator_g3 is not in the graph',
    },
    {
      case: 'layer order',
      loaded: [latent, expected[2], expected[1]],
      message: 'layer 2 is generator_g2 in the file but generator_g1 in the graph',
    },
    {
      case: 'kernel shape',
      loaded: [latent, dense('generator_g1', 8, 32), expected[2]],
      message: 'weight kernel of layer generator_g1 has the shape [8, 32] in the file but [8, 16] in the graph',
    },
    {
      case: 'weight count',
      loaded: [latent, { name: 'generator_g1', weights: [{ name: 'kernel', shape: [8, 16] }] }, expected[2]],
      message: 'layer generator_g1 has the weights [kernel] in the file but [kernel, bias] in the graph',
    },
    {
      case: 'weight name',
      loaded: [
        latent,
        {
          name: 'generator_g1',
          weights: [
            { name: 'kernel', shape: [8, 16] },
            { name: 'gamma', shape: [16] },
          ],
        },
        expected[2],
      ],
      message: 'layer generator_g1 has the weight gamma in the file where the graph has bias',
    },
  ])('names the $case', ({ loaded, message }) => {
    const result = findWeightsMismatch('generator', loaded, expected);
    expect(result).toBe(
      `The imported generator does not match this graph's generator: ${message}. ` +
        'Open the graph that the models were trained with, then import them again.',
    );
  });
});

describe('model pair transfer', () => {
  it('saves with download names and the step', async () => {
    const gan = compileGan(mlpGan());
    const pair = await saveModelPair(gan, 12);

    const generatorJson = JSON.parse(pair.generator.modelJson);
    const discriminatorJson = JSON.parse(pair.discriminator.modelJson);
    expect(generatorJson.weightsManifest[0].paths).toEqual(['generator.weights.bin']);
    expect(discriminatorJson.weightsManifest[0].paths).toEqual(['discriminator.weights.bin']);
    expect(pair.generator.weightsFileName).toBe('generator.weights.bin');
    expect(readStep(pair.generator)).toBe(12);
    expect(readStep(pair.discriminator)).toBe(12);
    gan.generator.dispose();
    gan.discriminator.dispose();
  });

  it('copies weights into a fresh build', async () => {
    const source = compileGan(mlpGan());
    const pair = await saveModelPair(source, 3);
    const loaded = await loadModelPair(pair);
    const target = compileGan(mlpGan());
    const noise = tf.randomNormal([2, 8], 0, 1, 'float32', 5);

    expect(copyModelWeights(loaded, target)).toBeNull();

    const expected = source.generator.predict(noise) as tf.Tensor;
    const actual = target.generator.predict(noise) as tf.Tensor;
    expect(await actual.data()).toEqual(await expected.data());
    tf.dispose([noise, expected, actual]);
    for (const gan of [source, loaded, target]) {
      gan.generator.dispose();
      gan.discriminator.dispose();
    }
  });

  it('rejects a graph of other width', async () => {
    const source = compileGan(mlpGan({ hidden: 16 }));
    const loaded = await loadModelPair(await saveModelPair(source, 0));
    const target = compileGan(mlpGan({ hidden: 32 }));
    const before = await target.generator.getWeights()[0].data();

    const mismatch = copyModelWeights(loaded, target);

    expect(mismatch).toMatch(/^The imported generator does not match this graph's generator: weight kernel of layer /);
    expect(await target.generator.getWeights()[0].data()).toEqual(before);
    for (const gan of [source, loaded, target]) {
      gan.generator.dispose();
      gan.discriminator.dispose();
    }
  });

  it('describes weights without load counters', async () => {
    const source = compileGan(mlpGan());
    const first = await loadModelPair(await saveModelPair(source, 0));
    const second = await loadModelPair(await saveModelPair(source, 0));

    expect(describeLayers(second.generator)).toEqual(describeLayers(source.generator));
    expect(describeLayers(second.discriminator)).toEqual(describeLayers(first.discriminator));
    for (const gan of [source, first, second]) {
      gan.generator.dispose();
      gan.discriminator.dispose();
    }
  });
});

describe('readStep', () => {
  it('returns 0 without metadata', () => {
    const files = { modelJson: JSON.stringify({ modelTopology: {} }), weights: new ArrayBuffer(0), weightsFileName: 'w.bin' };
    expect(readStep(files)).toBe(0);
  });
});
