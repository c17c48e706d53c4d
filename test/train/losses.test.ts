import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { binaryCrossEntropy, discriminatorLoss, sigmoidCrossEntropy } from '../../src/train/losses';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('losses', () => {
  it('binary cross-entropy of probabilities', () => {
    // -ln(0.9) and -ln(1 - 0.2)
    const loss = binaryCrossEntropy(tf.tensor1d([1, 0]), tf.tensor1d([0.9, 0.2]));
    const [a, b] = loss.dataSync();
    expect(a).toBeCloseTo(0.10536, 5);
    expect(b).toBeCloseTo(0.22314, 5);
  });

  it('sigmoid cross-entropy of logits', () => {
    // ln(1 + e^-3) = 0.048587 and ln(1 + e^-2) = 0.126928, mean 0.087758
    const loss = sigmoidCrossEntropy(tf.tensor1d([1, 0]), tf.tensor1d([3, -2]));
    expect(tf.mean(loss).dataSync()[0]).toBeCloseTo(0.087758, 5);
  });

  it('sigmoid cross-entropy stays finite for large logits', () => {
    const loss = sigmoidCrossEntropy(tf.tensor1d([0, 1]), tf.tensor1d([200, -200])).dataSync();
    expect(loss[0]).toBeCloseTo(200, 4);
    expect(loss[1]).toBeCloseTo(200, 4);
  });

  it.for([
    ['probabilities', [0.9, 0.2, 0.5, 1e-9], 1],
    ['probabilities', [0.9, 0.2, 0.5, 1 - 1e-9], 0],
    ['logits', [3, -2, 0, 40], 1],
    ['logits', [3, -2, 0, -40], 0],
  ] as const)('D loss of %s %j against label %d is the mean general cross-entropy', ([kind, values, label]) => {
    const output = tf.tensor2d(values.map((v) => [v]));
    const labels = tf.fill([values.length, 1], label);
    const general = kind === 'probabilities' ? binaryCrossEntropy(labels, output) : sigmoidCrossEntropy(labels, output);
    expect(discriminatorLoss(output, label, kind).dataSync()[0]).toBeCloseTo(tf.mean(general).dataSync()[0], 5);
  });

  it('gives the hand-derived D loss of a real batch', () => {
    // (-ln 0.9 - ln 0.2) / 2 = (0.105361 + 1.609438) / 2
    const loss = discriminatorLoss(tf.tensor2d([[0.9], [0.2]]), 1, 'probabilities').dataSync()[0];
    expect(loss).toBeCloseTo(0.857399, 5);
  });

  it('clips probabilities of exactly 0 and 1', () => {
    const loss = discriminatorLoss(tf.tensor2d([[0], [0]]), 1, 'probabilities').dataSync()[0];
    expect(Number.isFinite(loss)).toBe(true);
    // -ln(1e-7)
    expect(loss).toBeCloseTo(16.1181, 3);
  });
});
