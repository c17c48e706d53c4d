import { chromium, type Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { inject } from 'vitest';

/** Chromium flags for headless runs on a machine without a GPU; WebGPU then runs on SwiftShader. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--enable-unsafe-webgpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Returns the address of the app that the e2e global setup built and serves. The returned
 * close does nothing, because the server outlives each test file.
 */
export async function buildAndServe(): Promise<{ url: string; close: () => Promise<void> }> {
  return { url: inject('e2eBaseUrl'), close: async () => {} };
}

/** Builds the app into a test folder and serves it on a free port of 127.0.0.1. */
export async function buildAndServeApp(): Promise<{ url: string; close: () => Promise<void> }> {
  // A folder of its own, so that a `vite build` by hand cannot swap files under a running test.
  const outDir = 'node_modules/.cache/ganvas-e2e';
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no TCP address');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
