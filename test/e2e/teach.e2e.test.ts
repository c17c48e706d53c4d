import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useEditorPage, SCREENSHOT_DIR, trainSteps } from './editor-page';
import { dragSocket } from './mouse';

const app = useEditorPage();
let page: Page;
const pageErrors = app.errors;

beforeAll(() => {
  page = app.page;
});

describe('teaching in Chromium', () => {
  it('ticks the first lesson step', async () => {
    await page.getByRole('button', { name: 'Lessons' }).click();
    // The lesson replaces the default preset on the canvas, after asking.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('lesson-build-generator').click();
    await page.getByTestId('node-latent').waitFor();
    const firstStep = page.getByTestId('lesson-step-dense');
    expect(await firstStep.getAttribute('data-state')).toBe('current');
    expect(await page.getByTestId('lesson-progress').innerText()).toBe('0 of 4 steps done');

    const canvas = (await page.getByTestId('editor').boundingBox())!;
    await page.getByTestId('palette-dense').dragTo(page.getByTestId('editor'), {
      targetPosition: { x: canvas.width - 260, y: canvas.height - 120 },
    });
    const dense = page.locator('[data-node-type="dense"]').last();
    const denseId = await dense.getAttribute('data-testid');
    expect(await firstStep.getAttribute('data-state')).toBe('current');

    await dragSocket(page, '[data-testid="node-latent"] [data-testid="output-out"]', `[data-testid="${denseId}"] [data-testid="input-in"]`);

    await page.waitForFunction(() =>
      document.querySelector('[data-testid="lesson-step-dense"]')?.getAttribute('data-state') === 'done',
    );
    expect(await page.getByTestId('lesson-progress').innerText()).toBe('1 of 4 steps done');
    expect(await page.getByTestId('lesson-step-reshape').getAttribute('data-state')).toBe('current');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'lesson-step.png') });
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('explores, walks and compares runs', async () => {
    await page.getByTestId('preset-picker').selectOption('relu-generator');
    await page.getByTestId('node-g_act1').waitFor();
    const batch = page.getByTestId('setting-batchSize');
    await batch.fill('8');
    await batch.press('Tab');

    const explorer = page.getByTestId('explorer-g_act1');
    await explorer.locator('summary').click();
    // The function and its derivative, before any training.
    expect(await explorer.locator('polyline').count()).toBe(2);
    expect(await explorer.innerText()).toContain("Train to see a histogram of this layer's outputs.");

    await trainSteps(page, 20, 'Pause');
    await page.getByTestId('dead-share-g_act1').waitFor();
    expect(await page.getByTestId('dead-share-g_act1').innerText()).toMatch(/^\d+% dead$/);
    expect(await explorer.locator('rect').count()).toBe(24);
    expect(await explorer.innerText()).toMatch(/Dead units: \d+ of 256 \(\d+%\)/);

    const walk = page.getByTestId('latent-walk');
    await walk.locator('summary').click();
    const slider = page.getByTestId('latent-walk-slider');
    await slider.focus();
    await slider.press('End');
    expect(await slider.inputValue()).toBe('1');
    const walkCanvas = walk.locator('canvas');
    await walkCanvas.waitFor();
    // Four images of 28 pixels in one row with 2-pixel gaps.
    expect(await walkCanvas.evaluate((c: HTMLCanvasElement) => [c.width, c.height])).toEqual([118, 28]);

    // Reset keeps the run for comparison; a second run is kept with the button.
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await trainSteps(page, 10, 'Pause');
    await page.getByRole('button', { name: /^Compare runs/ }).click();
    await page.getByRole('button', { name: 'Keep current run' }).click();
    expect(await page.getByRole('button', { name: /^Compare runs/ }).innerText()).toBe('Compare runs (2)');
    for (const side of [0, 1]) {
      const column = page.getByTestId(`compare-side-${side}`);
      expect(await column.locator('.uplot').count()).toBe(1);
      expect(await column.locator('canvas[data-testid="sample-grid"]').count()).toBe(1);
    }
    expect(await page.getByTestId('compare-side-0').locator('select').inputValue()).toBe('1');
    expect(await page.getByTestId('compare-side-1').locator('select').inputValue()).toBe('2');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'compare-runs.png') });
    expect(pageErrors).toEqual([]);
  });
});
