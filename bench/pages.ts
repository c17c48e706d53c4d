import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';

const OUT_DIR = join(tmpdir(), 'ganvas-bench-dist');

/**
 * Builds the bench pages with the app's Vite config (datasets and worker included) into a
 * directory of their own, so the app's bundle in dist/ is not touched, and serves them on a
 * free port of 127.0.0.1.
 */
export async function buildAndServeBench(): Promise<{ url: string; close: () => Promise<void> }> {
  const input = { bench: 'bench/browser/index.html', editor: 'bench/browser/editor.html' };
  const overrides = {
    build: { outDir: OUT_DIR, emptyOutDir: true, chunkSizeWarningLimit: 4096, rollupOptions: { input } },
    logLevel: 'warn' as const,
  };
  await build(overrides);
  const server = await preview({ ...overrides, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    throw new Error('bench preview server has no TCP address');
  }
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** Opens a bench page and waits until its script has set `window[global]`. */
export async function openPage(browser: Browser, url: string, global: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(url);
  await page.waitForFunction((name) => name in window, global);
  return page;
}
