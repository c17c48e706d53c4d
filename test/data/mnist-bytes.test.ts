import { describe, expect, it } from 'vitest';
import { MNIST_IMAGE_SIZE, readMnistBytes } from '../../src/data/mnist-bytes';

describe('readMnistBytes', () => {
  const bytes = readMnistBytes();

  it('holds the 10,000 digits of the mnist package', () => {
    expect(MNIST_IMAGE_SIZE).toBe(784);
    expect(bytes.length).toBe(10_000 * 784);
  });

  it('holds real strokes, not blank images', () => {
    // A handwritten digit lights up roughly 10-25% of its pixels.
    const lit = (i: number) => bytes.subarray(i * 784, (i + 1) * 784).filter((v) => v > 127).length;
    for (const i of [0, 999, 5000, 9999]) {
      expect(lit(i)).toBeGreaterThan(40);
      expect(lit(i)).toBeLessThan(300);
    }
    expect(Math.max(...bytes.subarray(0, 784))).toBe(255);
  });
});
