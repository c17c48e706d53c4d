import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildAndServe, launchChromium } from './browser';

/** Where browser tests write screenshots for a person to look at. */
export const SCREENSHOT_DIR = process.env.GANVAS_SCREENSHOTS ?? 'test-results';
export const NODES = '[data-testid^="node-"][data-node-type]';
export const CONNECTIONS = '[data-testid="connection"]';

export interface EditorPageOptions {
  /**
   * Appended to the app's address when the page opens; `?backend=cpu` by default. With null
   * the page stays blank, for tests that open their own address.
   */
  query?: string | null;
  /** Test id of an element that shows the app is ready; the default preset's first Dense. */
  ready?: string;
  /** Options of the fresh browser context, e.g. to accept downloads. */
  context?: BrowserContextOptions;
}

/** The page a browser test file drives; its fields are set once the file's beforeAll has run. */
export interface EditorPage {
  readonly page: Page;
  /** The address of the built app, ending in a slash. */
  readonly url: string;
  /** Messages of uncaught page errors, which the tests expect to stay empty. */
  readonly errors: string[];
}

/**
 * Opens the built app in a fresh Chromium before the tests of the calling file, with the
 * default preset in a fresh profile, and closes the browser after them.
 */
export function useEditorPage(options: EditorPageOptions = {}): EditorPage {
  const errors: string[] = [];
  let browser: Browser | undefined;
  let page: Page | undefined;
  let url = '';

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    url = (await buildAndServe()).url;
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options.context });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    if (options.query === null) return;
    await page.goto(`${url}${options.query ?? '?backend=cpu'}`);
    await page.getByTestId(options.ready ?? 'node-g_dense').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    get page() {
      if (!page) throw new Error('the page opens in beforeAll, so use it inside a test');
      return page;
    },
    get url() {
      return url;
    },
    errors,
  };
}

export const countNodes = (page: Page) => page.locator(NODES).count();
export const countConnections = (page: Page) => page.locator(CONNECTIONS).count();

/** Moves focus out of any text field, so editor shortcuts apply. */
export async function blurActiveElement(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Waits until the status bar shows the training state `state`, e.g. `paused`. */
export async function waitForStatus(page: Page, state: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid="status-state"]')?.textContent === expected,
    state,
    { timeout: 120_000 },
  );
}

/** Trains until the status bar shows at least `steps` steps, then pauses or stops and waits for it. */
export async function trainSteps(page: Page, steps: number, button: 'Pause' | 'Stop'): Promise<void> {
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="status-step"]')?.textContent?.replace(/,/g, '')) >= n,
    steps,
    { timeout: 120_000, polling: 100 },
  );
  await page.getByRole('button', { name: button, exact: true }).click();
  await waitForStatus(page, button === 'Pause' ? 'paused' : 'stopped');
}
