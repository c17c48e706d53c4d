/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { readMnistBytes } from './src/data/mnist-bytes.ts';

/** Path, under the app's base URL, of the MNIST digits as one byte per pixel. */
const MNIST_ASSET = 'datasets/mnist.u8';

/**
 * Serves the bundled MNIST digits in a compact binary form: from memory in `vite dev`, and as
 * a file emitted into the build. The browser fetches it from the app's own origin on demand.
 */
function bundledDatasets(): Plugin {
  let bytes: Uint8Array | undefined;
  const load = () => (bytes ??= readMnistBytes());
  return {
    name: 'ganvas-bundled-datasets',
    configureServer(server) {
      server.middlewares.use(`/${MNIST_ASSET}`, (_request, response) => {
        const body = load();
        response.setHeader('Content-Type', 'application/octet-stream');
        response.setHeader('Content-Length', String(body.length));
        response.end(Buffer.from(body.buffer, body.byteOffset, body.length));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MNIST_ASSET, source: load() });
    },
  };
}

export default defineConfig({
  plugins: [react(), bundledDatasets()],
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
