import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useEditorPage, SCREENSHOT_DIR, NODES, countNodes, countConnections } from './editor-page';

const PALETTE_ENTRIES = '[data-testid^="palette-"].gv-palette__entry';

const app = useEditorPage();
let page: Page;
const pageErrors = app.errors;

beforeAll(() => {
  page = app.page;
});

async function boxOf(testId: string) {
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} is not visible`);
  return box;
}

/** Ids of the nodes drawn as selected. */
function selectedIds(): Promise<string[]> {
  return page
    .locator(`${NODES}.is-selected`)
    .evaluateAll((elements) => elements.map((e) => e.getAttribute('data-testid')!.slice(5)));
}

describe('selection and layout in Chromium', () => {
  it('box-selects, copies, pastes and undoes', async () => {
    const nodesBefore = await countNodes(page);
    const connectionsBefore = await countConnections(page);
    const latent = await boxOf('node-latent');
    const dense = await boxOf('node-g_dense');
    const norm = await boxOf('node-g_bn1');
    const relu = await boxOf('node-g_relu1');

    // From the empty canvas above the first row, between Latent noise and Dense, to below
    // BatchNormalization, between it and the activation after it.
    const from = { x: (latent.x + latent.width + dense.x) / 2, y: Math.min(dense.y, norm.y) - 12 };
    const to = {
      x: (norm.x + norm.width + relu.x) / 2,
      y: Math.max(dense.y + dense.height, norm.y + norm.height) + 8,
    };
    await page.keyboard.down('Shift');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 10 });
    expect(await page.getByTestId('select-box').isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'selection-box.png') });
    await page.mouse.up();
    await page.keyboard.up('Shift');

    await expect.poll(selectedIds).toEqual(['g_dense', 'g_bn1']);
    expect(await page.getByTestId('select-box').isVisible()).toBe(false);

    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(() => countNodes(page)).toBe(nodesBefore + 2);
    expect(await countConnections(page)).toBe(connectionsBefore + 1);
    await page.getByTestId('node-dense-1').waitFor();
    await page.getByTestId('node-batchNormalization-1').waitFor();
    await expect.poll(selectedIds).toEqual(['dense-1', 'batchNormalization-1']);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'selection-pasted.png') });

    await page.keyboard.press('Control+z');
    await expect.poll(() => countNodes(page)).toBe(nodesBefore);
    expect(await countConnections(page)).toBe(connectionsBefore);
  });

  it('duplicates the selection with Ctrl+D', async () => {
    const nodesBefore = await countNodes(page);
    const connectionsBefore = await countConnections(page);
    await page.getByTestId('node-d_conv2').locator('.gv-node__title').click();
    await page.getByTestId('node-d_lrelu2').locator('.gv-node__title').click({ modifiers: ['Control'] });
    await expect.poll(selectedIds).toEqual(['d_conv2', 'd_lrelu2']);

    await page.keyboard.press('Control+d');

    await expect.poll(() => countNodes(page)).toBe(nodesBefore + 2);
    expect(await countConnections(page)).toBe(connectionsBefore + 1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => countNodes(page)).toBe(nodesBefore);

    await page.keyboard.press('Control+a');
    await expect.poll(async () => (await selectedIds()).length).toBe(nodesBefore);
  });

  it('arranges the networks and frames them', async () => {
    const datasetBefore = await boxOf('node-dataset');
    const generatorBefore = await boxOf('node-generator');
    expect(datasetBefore.x).toBeLessThan(generatorBefore.x);

    await page.getByRole('button', { name: 'Arrange', exact: true }).click();

    // The discriminator, dataset included, now starts right of the generator output.
    await expect
      .poll(async () => (await boxOf('node-dataset')).x > (await boxOf('node-generator')).x)
      .toBe(true);
    const generatorFrame = page.getByTestId('frame-generator');
    const discriminatorFrame = page.getByTestId('frame-discriminator');
    expect(await generatorFrame.innerText()).toBe('Generator');
    expect(await discriminatorFrame.innerText()).toBe('Discriminator');
    const g = (await generatorFrame.boundingBox())!;
    const d = (await discriminatorFrame.boundingBox())!;
    expect(g.x + g.width).toBeLessThan(d.x);
    // Fitted: both frames are inside the canvas.
    const canvas = (await page.getByTestId('editor').boundingBox())!;
    expect(g.x).toBeGreaterThanOrEqual(canvas.x);
    expect(d.x + d.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'selection-arranged.png') });

    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await boxOf('node-dataset')).x < (await boxOf('node-generator')).x)
      .toBe(true);

    // The canvas menu arranges too.
    await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + 20, { button: 'right' });
    await page.getByTestId('context-menu').getByText('Arrange the graph', { exact: true }).click();
    await expect
      .poll(async () => (await boxOf('node-dataset')).x > (await boxOf('node-generator')).x)
      .toBe(true);
  });

  it('filters the palette and adds the first match', async () => {
    const search = page.getByRole('searchbox', { name: 'Search nodes' });
    const nodesBefore = await countNodes(page);

    await search.fill('upsampling');
    await expect.poll(() => page.locator(PALETTE_ENTRIES).count()).toBe(1);
    expect(await page.getByTestId('palette-conv2dTranspose').isVisible()).toBe(true);

    await search.fill('zzz');
    await page.getByTestId('palette-no-match').waitFor();
    expect(await page.locator(PALETTE_ENTRIES).count()).toBe(0);

    await search.fill('DROPOUT');
    await search.press('Backspace');
    await search.press('t');
    // Typing in the field neither deletes nor pastes nodes.
    expect(await countNodes(page)).toBe(nodesBefore);
    await search.press('Enter');
    await page.getByTestId('node-dropout-1').waitFor();
    expect(await countNodes(page)).toBe(nodesBefore + 1);

    await search.press('Escape');
    expect(await search.inputValue()).toBe('');
    expect(await page.locator(PALETTE_ENTRIES).count()).toBeGreaterThan(10);
  });

  it('raises no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
