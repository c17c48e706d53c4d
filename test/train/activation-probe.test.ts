import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compileGan, type CompiledGan } from '../../src/compile/compile-gan';
import { layerName } from '../../src/compile/layer-names';
import { ActivationProbe } from '../../src/train/activation-probe';
import { mlpGan, setParam } from '../support/graphs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

let gan: CompiledGan | null = null;
afterEach(() => {
  gan?.generator.dispose();
  gan?.discriminator.dispose();
  gan = null;
});

/** An MLP GAN whose first generator layer is Dense(3) without bias, followed by a ReLU. */
function reluGan() {
  const graph = setParam(setParam(mlpGan({ latent: 2, hidden: 3 }), 'g2', 'activation', 'relu'), 'g1', 'useBias', false);
  gan = compileGan(graph);
  // Unit 0 sums both inputs, unit 1 negates the sum, unit 2 is always 0.
  gan.generator.getLayer(layerName('generator', 'g1')).setWeights([tf.tensor2d([[1, -1, 0], [1, -1, 0]])]);
  return gan;
}

describe('ActivationProbe', () => {
  it('summarizes each Activation node of the generator on the given noise', async () => {
    const { generator, discriminator } = reluGan();
    const probe = new ActivationProbe(generator, discriminator, { generator: ['g2', 'g4'], discriminator: [] });
    const noise = tf.tensor2d([[1, 2], [3, 4]]);
    const images = tf.zeros([2, 28, 28, 1]) as tf.Tensor4D;

    const stats = await probe.measure(noise, images);

    // ReLU of [3, -3, 0] and [7, -7, 0]: units 1 and 2 are 0 for both examples.
    expect(stats.g2.deadUnits).toBe(2);
    expect(stats.g2.units).toBe(3);
    expect([stats.g2.min, stats.g2.max]).toEqual([0, 7]);
    // 24 bins of width 7/24: the four zeros in the first, 3 in bin floor(3 / (7/24)) = 10, 7 in the last.
    expect(stats.g2.counts.map((count, bin) => [bin, count]).filter(([, count]) => count > 0)).toEqual([
      [0, 4],
      [10, 1],
      [23, 1],
    ]);
    // The Tanh after Dense(784) has one unit per pixel.
    expect(stats.g4.units).toBe(784);
    noise.dispose();
    images.dispose();
  });

  it('runs the discriminator on the real images and skips nodes without a layer', async () => {
    const { generator, discriminator } = reluGan();
    const probe = new ActivationProbe(generator, discriminator, { generator: [], discriminator: ['d3', 'missing'] });
    const noise = tf.zeros([1, 2]) as tf.Tensor2D;
    const images = tf.ones([5, 28, 28, 1]) as tf.Tensor4D;

    const stats = await probe.measure(noise, images);

    expect(Object.keys(stats)).toEqual(['d3']);
    expect(stats.d3.units).toBe(3);
    expect(stats.d3.counts.reduce((a, b) => a + b, 0)).toBe(5 * 3);
    noise.dispose();
    images.dispose();
  });

  it('leaks no tensors', async () => {
    const { generator, discriminator } = reluGan();
    const probe = new ActivationProbe(generator, discriminator, { generator: ['g2'], discriminator: ['d3'] });
    const noise = tf.ones([2, 2]) as tf.Tensor2D;
    const images = tf.ones([2, 28, 28, 1]) as tf.Tensor4D;
    await probe.measure(noise, images);
    const before = tf.memory().numTensors;
    await probe.measure(noise, images);
    expect(tf.memory().numTensors).toBe(before);
    noise.dispose();
    images.dispose();
  });
});
