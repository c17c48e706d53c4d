import { describe, expect, it } from 'vitest';
import { FASHION_MNIST_IMAGE_SIZE, readFashionMnistBytes } from '../../src/data/fashion-mnist-bytes';

describe('readFashionMnistBytes', () => {
  const bytes = readFashionMnistBytes();
  const image = (i: number) => bytes.subarray(i * 784, (i + 1) * 784);

  it('holds 1,000 images of each of the 10 classes', () => {
    expect(FASHION_MNIST_IMAGE_SIZE).toBe(784);
    expect(bytes.length).toBe(10_000 * 784);
  });

  it('copies the pixel values of the package', () => {
    // The first values of the first image in clothes/0.json (T-shirts) and clothes/1.json (trousers).
    expect([...image(0).subarray(0, 13)]).toEqual([0, 0, 0, 0, 0, 0, 0, 9, 8, 0, 0, 34, 29]);
    expect([...image(1000).subarray(11, 19)]).toEqual([209, 190, 181, 150, 170, 193, 180, 219]);
  });

  it('holds real garments, not blank images', () => {
    // A garment covers a larger share of the 784 pixels than a handwritten digit.
    const lit = (i: number) => image(i).filter((v) => v > 127).length;
    for (const i of [0, 999, 1000, 5000, 9999]) {
      expect(lit(i)).toBeGreaterThan(100);
      expect(lit(i)).toBeLessThan(700);
    }
    expect(Math.max(...image(0))).toBe(255);
  });
});
