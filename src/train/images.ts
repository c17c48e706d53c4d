import * as tf from '@tensorflow/tfjs';
import type { Shape } from '../../nodes';

/** Turns bytes (0..255, one per pixel, image after image) into a `[count, ...shape]` tensor in [-1, 1]. */
export function imagesFromBytes(bytes: Uint8Array, shape: Shape): tf.Tensor4D {
  const imageSize = shape.reduce((a, b) => a * b, 1);
  if (bytes.length === 0 || bytes.length % imageSize !== 0) {
    throw new Error(`dataset holds ${bytes.length} bytes, not a whole number of ${imageSize}-pixel images`);
  }
  const values = Float32Array.from(bytes, (v) => v / 127.5 - 1);
  const [height, width, channels] = shape;
  return tf.tensor4d(values, [bytes.length / imageSize, height, width, channels]);
}
