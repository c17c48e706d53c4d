import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useEditorPage, SCREENSHOT_DIR, countNodes, countConnections, blurActiveElement } from './editor-page';

const app = useEditorPage();
let page: Page;
const pageErrors = app.errors;

beforeAll(() => {
  page = app.page;
});

const inspected = () => page.getByTestId('inspector-details').getAttribute('data-node-id');
const fact = (id: string) => page.getByTestId(`inspector-${id}`).innerText();

/** Returns the CSS transform that places a node on the canvas. */
function nodeTransform(nodeId: string): Promise<string> {
  return page
    .getByTestId(`node-${nodeId}`)
    .evaluate((element) => {
      let holder = element.parentElement;
      while (holder && holder.style.transform === '') holder = holder.parentElement;
      return holder?.style.transform ?? '';
    });
}

describe('inspector, keyboard and debug log in Chromium', () => {
  it('inspects the node clicked', async () => {
    await page.getByTestId('node-g_dense').locator('.gv-node__title').click();

    await expect.poll(inspected).toBe('g_dense');
    // Dense with 100 inputs and 6272 units: 100 * 6272 weights + 6272 biases.
    expect(await fact('shape')).toBe('[6272]');
    expect(await fact('input-shape')).toBe('[100]');
    expect(await fact('params')).toBe('633,472');
    expect(await fact('trainable')).toBe('633,472');
    expect(await fact('non-trainable')).toBe('0');
    expect(await page.getByTestId('inspector-node-picker').inputValue()).toBe('g_dense');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'panels-inspector.png') });
  });

  it('shows non-trainable counts of BatchNormalization', async () => {
    await page.getByTestId('node-g_bn1').locator('.gv-node__title').click();

    await expect.poll(inspected).toBe('g_bn1');
    // 6272 channels: gamma and beta train, the moving mean and variance do not.
    expect(await fact('params')).toBe('25,088');
    expect(await fact('trainable')).toBe('12,544');
    expect(await fact('non-trainable')).toBe('12,544');
  });

  it('shows the help of the selected node with its numbers', async () => {
    await page.getByTestId('node-g_deconv1').locator('.gv-node__title').click();
    await expect.poll(inspected).toBe('g_deconv1');

    const help = page.getByTestId('inspector-help');
    await help.locator('summary').click();
    // Stride 2 with same padding doubles the 7x7 input of the default preset.
    expect(await help.innerText()).toContain('out = in × stride = 7 × 2 = 14');
    await help.locator('summary').click();
  });

  it('keeps secondary parameters off the node', async () => {
    const bias = page.getByTestId('node-g_dense').getByLabel('bias');
    expect(await bias.count()).toBe(0);
    const hint = page.getByTestId('node-g_dense').getByTestId('node-more-params');
    expect(await hint.innerText()).toBe('+1 in the inspector');
  });

  it('edits a parameter in the inspector, undoably', async () => {
    await page.getByTestId('node-g_dense').locator('.gv-node__title').click();
    await expect.poll(inspected).toBe('g_dense');

    await page.getByTestId('inspector-params-list').getByLabel('units').fill('128');

    const nodeShape = page.getByTestId('node-g_dense').getByTestId('node-shape');
    await expect.poll(() => nodeShape.innerText()).toBe('[128]');
    // 100 * 128 weights + 128 biases.
    expect(await fact('params')).toBe('12,928');
    const unitsOnNode = page.getByTestId('node-g_dense').locator('input.gv-param__input');
    expect(await unitsOnNode.inputValue()).toBe('128');

    await blurActiveElement(page);
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeShape.innerText()).toBe('[6272]');
    expect(await fact('params')).toBe('633,472');
  });

  it('renames a node in the inspector', async () => {
    const label = page.getByTestId('inspector-label');
    await label.fill('Projection');
    await label.press('Enter');

    const title = page.getByTestId('node-g_dense').locator('.gv-node__title');
    await expect.poll(() => title.innerText()).toBe('Projection');
    await blurActiveElement(page);
    await page.keyboard.press('Control+z');
    await expect.poll(() => title.innerText()).toBe('Dense');
  });

  it('selects, moves and deletes a node with keys alone, then undoes', async () => {
    const nodesBefore = await countNodes(page);
    const connectionsBefore = await countConnections(page);
    await blurActiveElement(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('inspector-details').count()).toBe(0);

    // Nodes are visited from inputs to outputs: latent, dataset, then g_dense.
    await page.keyboard.press(']');
    await expect.poll(inspected).toBe('latent');
    await page.keyboard.press(']');
    await page.keyboard.press(']');
    await expect.poll(inspected).toBe('g_dense');
    await page.keyboard.press('[');
    await expect.poll(inspected).toBe('dataset');
    await page.keyboard.press(']');
    await expect.poll(inspected).toBe('g_dense');
    await expect
      .poll(() => page.getByTestId('node-g_dense').getAttribute('class'))
      .toContain('is-selected');

    const placed = await nodeTransform('g_dense');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => nodeTransform('g_dense')).not.toBe(placed);
    expect(placed).toBe('translate(230px, 0px)');
    expect(await nodeTransform('g_dense')).toBe('translate(240px, 0px)');
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeTransform('g_dense')).toBe(placed);

    await page.keyboard.press('Delete');
    await expect.poll(() => countNodes(page)).toBe(nodesBefore - 1);
    expect(await page.getByTestId('node-g_dense').count()).toBe(0);
    expect(await countConnections(page)).toBe(connectionsBefore - 2);

    await page.keyboard.press('Control+z');
    await expect.poll(() => countNodes(page)).toBe(nodesBefore);
    await expect.poll(() => countConnections(page)).toBe(connectionsBefore);
    await page.getByTestId('node-g_dense').waitFor();
  });

  it('moves the focus to the inspector on Enter', async () => {
    await blurActiveElement(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press(']');
    await expect.poll(inspected).toBe('latent');
    const announcement = page.getByTestId('inspector-announcement');
    expect(await announcement.textContent()).toBe('Selected: Latent noise (latent)');
    expect(await announcement.getAttribute('aria-live')).toBe('polite');

    await page.keyboard.press('Enter');
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    await expect.poll(focused).toBe('inspector-label');
    expect(await page.getByTestId('inspector-label').inputValue()).toBe('Latent noise');
  });

  it('lists the shortcuts on ?', async () => {
    await blurActiveElement(page);
    await page.keyboard.press('?');
    const help = page.getByTestId('shortcut-help');
    await help.waitFor();
    expect(await help.getAttribute('role')).toBe('dialog');
    expect(await help.innerText()).toContain('Move the selected node by 10 pixels');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
  });

  it('logs a graph error whose node link focuses the node', async () => {
    await page.getByTestId('node-g_bn1').locator('.gv-node__title').click();
    await expect.poll(inspected).toBe('g_bn1');
    const input = page.getByTestId('inspector-input-in');
    await input.getByRole('button', { name: 'Disconnect Dense from the input “input”' }).click();

    const entry = page
      .getByTestId('debug-entry-error')
      .filter({ hasText: 'BatchNormalization (g_bn1) has no input' });
    await entry.waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'panels-debug-error.png') });

    await page.getByTestId('node-latent').locator('.gv-node__title').click();
    await expect.poll(inspected).toBe('latent');
    await entry.getByTestId('debug-node-link').click();
    await expect.poll(inspected).toBe('g_bn1');
    await expect
      .poll(() => page.getByTestId('node-g_bn1').getAttribute('class'))
      .toContain('is-selected');
  });

  it('filters the log by kind and text', async () => {
    const errors = page.getByTestId('debug-entry-error');
    expect(await errors.count()).toBeGreaterThan(0);

    await page.getByTestId('debug-kind-error').uncheck();
    await expect.poll(() => errors.count()).toBe(0);
    await page.getByTestId('debug-kind-error').check();

    await page.getByTestId('debug-filter').fill('no such text');
    await expect.poll(() => errors.count()).toBe(0);
    await page.getByTestId('debug-filter').fill('g_bn1');
    await expect.poll(() => errors.count()).toBe(1);
    await page.getByTestId('debug-filter').fill('');
  });

  it('connects an input from the inspector', async () => {
    const connectionsBefore = await countConnections(page);
    const connect = page.getByTestId('inspector-connect-in');
    await connect.selectOption({ label: 'Dense (g_dense) · output' });

    await expect.poll(() => countConnections(page)).toBe(connectionsBefore + 1);
    await expect
      .poll(() => page.getByTestId('node-g_bn1').getAttribute('class'))
      .not.toContain('has-error');
    expect(await fact('input-shape')).toBe('[6272]');
  });

  it('raises no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
