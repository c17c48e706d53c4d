import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compileGan } from '../../src/compile/compile-gan';
import { DEFAULT_TRAINING, type Graph } from '../../src/schema/preset';
import { GanTrainer } from '../../src/train/gan-trainer';
import { mlpGan, smallDcganGraph } from '../support/graphs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

let trainers: GanTrainer[] = [];
let tensors: tf.Tensor[] = [];
afterEach(() => {
  trainers.forEach((t) => t.dispose());
  tensors.forEach((t) => t.dispose());
  trainers = [];
  tensors = [];
});

/** Random images in [-1, 1], standing in for a dataset. */
function fakeDataset(count: number): tf.Tensor4D {
  const images = tf.randomUniform([count, 28, 28, 1], -1, 1) as tf.Tensor4D;
  tensors.push(images);
  return images;
}

function makeTrainer(graph: Graph, batchSize = 4, images = fakeDataset(16)): GanTrainer {
  const trainer = new GanTrainer(compileGan(graph), images, { ...DEFAULT_TRAINING, batchSize });
  trainers.push(trainer);
  return trainer;
}

const snapshot = (weights: tf.LayerVariable[]) => weights.map((w) => Array.from(w.read().dataSync()));

async function stepMetrics(trainer: GanTrainer): Promise<number[]> {
  const metrics = trainer.step();
  const values = Array.from(await metrics.data());
  metrics.dispose();
  return values;
}

describe('GanTrainer', () => {
  it('returns finite losses and scores in (0, 1)', async () => {
    const trainer = makeTrainer(smallDcganGraph(), 2);
    const [discriminatorLoss, generatorLoss, realScore, fakeScore] = await stepMetrics(trainer);
    expect(Number.isFinite(discriminatorLoss)).toBe(true);
    expect(Number.isFinite(generatorLoss)).toBe(true);
    expect(discriminatorLoss).toBeGreaterThan(0);
    expect(generatorLoss).toBeGreaterThan(0);
    expect(realScore).toBeGreaterThan(0);
    expect(realScore).toBeLessThan(1);
    expect(fakeScore).toBeGreaterThan(0);
    expect(fakeScore).toBeLessThan(1);
  });

  it('D step leaves G weights unchanged bit for bit', () => {
    const trainer = makeTrainer(smallDcganGraph(), 2);
    const generatorBefore = snapshot(trainer.generator.trainableWeights);
    const discriminatorBefore = snapshot(trainer.discriminator.trainableWeights);
    tf.tidy(() => {
      trainer.discriminatorStep();
    });
    expect(snapshot(trainer.generator.trainableWeights)).toEqual(generatorBefore);
    expect(snapshot(trainer.discriminator.trainableWeights)).not.toEqual(discriminatorBefore);
  });

  it('G step leaves D weights unchanged bit for bit', () => {
    const trainer = makeTrainer(smallDcganGraph(), 2);
    const generatorBefore = snapshot(trainer.generator.trainableWeights);
    const discriminatorBefore = snapshot(trainer.discriminator.trainableWeights);
    tf.tidy(() => {
      trainer.generatorStep();
    });
    expect(snapshot(trainer.discriminator.trainableWeights)).toEqual(discriminatorBefore);
    expect(snapshot(trainer.generator.trainableWeights)).not.toEqual(generatorBefore);
  });

  it('leaks no tensors between step 5 and step 25', () => {
    const trainer = makeTrainer(smallDcganGraph(), 2);
    let afterStep5 = 0;
    for (let step = 1; step <= 25; step++) {
      trainer.step().dispose();
      if (step === 5) afterStep5 = tf.memory().numTensors;
    }
    expect(tf.memory().numTensors).toBe(afterStep5);
  });

  it('trains a logits discriminator', async () => {
    const trainer = makeTrainer(mlpGan({ discriminatorEnd: 'linear' }));
    const values = await stepMetrics(trainer);
    expect(values.every(Number.isFinite)).toBe(true);
  });
});
