import type { DatasetName } from '../../nodes/image-dataset';

/**
 * Path of a bundled dataset's pixels, one byte per pixel, relative to the app's base URL:
 * `datasets/mnist.u8` for `mnist`. The dev server serves and the build emits each file there.
 */
export function datasetAssetPath(name: DatasetName): string {
  return `datasets/${name}.u8`;
}
