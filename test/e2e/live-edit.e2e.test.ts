import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useEditorPage, SCREENSHOT_DIR, countNodes } from './editor-page';

const app = useEditorPage();
let page: Page;
const pageErrors = app.errors;

beforeAll(async () => {
  page = app.page;
  await page.getByTestId('preset-picker').selectOption('mlp-mnist');
  await page.getByTestId('node-g_lrelu').waitFor();
});

const stateText = () => page.getByTestId('status-state').innerText();
const slopeField = () => page.getByTestId('node-g_lrelu').locator('input.gv-param__input');
const shownStep = async () => Number(await page.getByTestId('status-step').innerText());

/**
 * Records every step the status bar shows from now on. A run that starts over from fresh
 * weights shows step 0 as it starts, so the smallest recorded step shows whether it did.
 */
async function recordShownSteps(): Promise<void> {
  await page.evaluate(() => {
    const step = document.querySelector('[data-testid="status-step"]')!;
    const seen: number[] = [];
    (window as unknown as { seenSteps: number[] }).seenSteps = seen;
    new MutationObserver(() => seen.push(Number(step.textContent))).observe(step, {
      characterData: true,
      childList: true,
      subtree: true,
    });
  });
}

const shownSteps = () => page.evaluate(() => (window as unknown as { seenSteps: number[] }).seenSteps);

describe('editing while training in Chromium', () => {
  it('starts training the MLP preset', async () => {
    const batchSize = page.getByTestId('setting-batchSize');
    await batchSize.fill('8');
    await batchSize.press('Tab');
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect.poll(stateText, { timeout: 120_000 }).toBe('training');
    // The edits below should land between steps, not before the first one.
    await expect.poll(shownStep, { timeout: 120_000 }).toBeGreaterThanOrEqual(2);
    expect(await batchSize.isDisabled()).toBe(true);
  }, 150_000);

  it('accepts a LeakyReLU slope and a learning rate', async () => {
    await slopeField().fill('0.05');
    await slopeField().press('Tab');
    const learningRate = page.getByTestId('setting-generatorLearningRate');
    await learningRate.fill('0.001');
    await learningRate.press('Tab');

    expect(await slopeField().inputValue()).toBe('0.05');
    expect(await learningRate.inputValue()).toBe('0.001');
    expect(await page.getByTestId('stop-training-dialog').count()).toBe(0);
    expect(await page.getByTestId('node-g_lrelu').getAttribute('class')).not.toContain('has-error');
    expect(await stateText()).toBe('training');
  });

  it('resumes the same run after the live edits', async () => {
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(stateText, { timeout: 60_000 }).toBe('paused');
    const pausedAt = await shownStep();
    await recordShownSteps();

    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await expect.poll(shownStep, { timeout: 60_000 }).toBeGreaterThan(pausedAt);

    expect(Math.min(...(await shownSteps()))).toBeGreaterThanOrEqual(pausedAt);
    expect(await stateText()).toBe('training');
  }, 90_000);

  it('rejects a new node and offers to stop', async () => {
    const nodesBefore = await countNodes(page);
    await page.getByTestId('palette-dropout').click();

    const dialog = page.getByTestId('stop-training-dialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('role')).toBe('alertdialog');
    expect(await dialog.innerText()).toContain(
      'Adding or removing a node changes the networks that are training.',
    );
    expect(await countNodes(page)).toBe(nodesBefore);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'live-edit-stop-dialog.png') });
    await dialog.getByRole('button', { name: 'Keep training' }).click();
    expect(await dialog.count()).toBe(0);
  });

  it('rejects undo while training', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');

    const dialog = page.getByTestId('stop-training-dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Undo and redo may add or remove nodes');
    expect(await slopeField().inputValue()).toBe('0.05');
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
  });

  it('undoes a parameter edit that changes shapes', async () => {
    const units = page.getByTestId('node-g_dense1').locator('input.gv-param__input').first();
    await units.fill('128');

    const dialog = page.getByTestId('stop-training-dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Changing units of Dense (g_dense1) needs a new layer');
    await expect.poll(() => units.inputValue()).toBe('256');
  });

  it('stops from the dialog', async () => {
    const dialog = page.getByTestId('stop-training-dialog');
    await dialog.getByRole('button', { name: 'Stop training' }).click();
    await expect.poll(stateText, { timeout: 60_000 }).toBe('stopped');
    expect(await dialog.count()).toBe(0);
  }, 90_000);

  it('keeps the weights for a slope changed after Stop', async () => {
    const stoppedAt = Number(await page.getByTestId('status-step').innerText());
    await slopeField().fill('0.1');
    await slopeField().press('Tab');
    await recordShownSteps();

    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect.poll(shownStep, { timeout: 60_000 }).toBeGreaterThan(stoppedAt);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect.poll(stateText, { timeout: 60_000 }).toBe('stopped');

    expect(Math.min(...(await shownSteps()))).toBeGreaterThanOrEqual(stoppedAt);
  }, 150_000);

  it('takes a new node once stopped', async () => {
    const nodesBefore = await countNodes(page);
    await page.getByTestId('palette-dropout').click();
    await expect.poll(() => countNodes(page)).toBe(nodesBefore + 1);
    expect(await page.getByTestId('setting-batchSize').isDisabled()).toBe(false);
  }, 90_000);

  it('stops a paused run', async () => {
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect.poll(stateText, { timeout: 60_000 }).toBe('training');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(stateText, { timeout: 60_000 }).toBe('paused');

    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect.poll(stateText).toBe('stopped');
  }, 150_000);

  it('resets cleanly when pause, stop and reset come during one slow step', async () => {
    // A DCGAN step at batch 32 takes seconds on the CPU backend, so all three land in step 1.
    await page.getByTestId('preset-picker').selectOption('dcgan-mnist');
    await page.getByTestId('node-g_deconv1').waitFor();
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect.poll(stateText, { timeout: 120_000 }).toBe('training');
    for (const name of ['Pause', 'Stop', 'Reset']) {
      await page.getByRole('button', { name, exact: true }).click();
    }

    await expect.poll(stateText, { timeout: 120_000 }).toBe('idle');
    // The step under way ends after the reset; it must not report the disposed models.
    await page.waitForTimeout(8000);
    expect(await stateText()).toBe('idle');
    expect(await page.getByTestId('status-error').count()).toBe(0);
  }, 240_000);

  it('raises no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
