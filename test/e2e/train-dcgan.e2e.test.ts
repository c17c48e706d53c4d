import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useEditorPage } from './editor-page';

const app = useEditorPage({ query: '?backend=webgpu', ready: 'node-discriminator' });
let page: Page;
const pageErrors = app.errors;

beforeAll(() => {
  page = app.page;
});

const readNumber = async (testId: string) =>
  Number((await page.getByTestId(testId).innerText()).replace(/,/g, ''));

describe('default DCGAN in Chromium', () => {
  it('opens with the preset wired and shapes shown', async () => {
    await expect(page.locator('[data-testid^="node-"][data-node-type]').count()).resolves.toBe(20);
    const deconv = page.getByTestId('node-g_deconv1');
    await expect(deconv.getByTestId('node-shape').innerText()).resolves.toContain('[14, 14, 64]');
    await expect(deconv.getByTestId('node-params').innerText()).resolves.toContain('204,864');
    await expect(page.getByTestId('train-blocked-reason').count()).resolves.toBe(0);
  });

  it('adds a node dragged from the palette', async () => {
    const canvas = await page.getByTestId('editor').boundingBox();
    await page.getByTestId('palette-dropout').dragTo(page.getByTestId('editor'), {
      targetPosition: { x: canvas!.width - 200, y: 120 },
    });
    await expect(page.locator('[data-node-type="dropout"]').count()).resolves.toBe(1);
    // An unconnected node only warns, so training stays possible.
    await expect(page.getByTestId('train-blocked-reason').count()).resolves.toBe(0);
  });

  it('trains 3 steps on WebGPU with finite losses and samples', async () => {
    const batchSize = page.getByTestId('setting-batchSize');
    await batchSize.fill('4');
    await batchSize.press('Tab');
    await page.getByRole('button', { name: 'Train', exact: true }).click();

    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="status-step"]')?.textContent?.replace(/,/g, '')) >= 3,
      undefined,
      { timeout: 480_000, polling: 1000 },
    );
    await expect(page.getByTestId('status-backend').innerText()).resolves.toBe('WebGPU');
    expect(await readNumber('status-step')).toBeGreaterThanOrEqual(3);

    // Metrics reach the UI at most four times a second, so wait for the numbers to appear.
    await page.waitForFunction(() => !/—/.test(document.querySelector('[data-testid="metric-d-loss"]')!.textContent!));
    for (const id of ['metric-d-loss', 'metric-g-loss', 'metric-real-score', 'metric-fake-score']) {
      expect(Number.isFinite(await readNumber(id)), id).toBe(true);
    }
    expect(await readNumber('metric-d-loss')).toBeGreaterThan(0);

    const spread = await page.getByTestId('sample-grid').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const reds = data.filter((_, i) => i % 4 === 0 && data[i + 3] === 255);
      return { min: Math.min(...reds), max: Math.max(...reds), count: reds.length };
    });
    expect(spread.count).toBeGreaterThan(1000);
    expect(spread.max - spread.min).toBeGreaterThan(20);

    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="status-state"]')?.textContent === 'paused', undefined, {
      timeout: 120_000,
    });
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/trained-editor.png' });
    expect(pageErrors).toEqual([]);
  }, 600_000);
});
