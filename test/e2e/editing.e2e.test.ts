import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_PRESETS } from '../../src/presets/builtin';
import { encodeShareFragment } from '../../src/presets/share-link';
import { useEditorPage, SCREENSHOT_DIR, countNodes, countConnections, blurActiveElement } from './editor-page';
import { centreOf, dragSocket } from './mouse';

const app = useEditorPage();
let page: Page;
const pageErrors = app.errors;

beforeAll(() => {
  page = app.page;
});

/** Right-clicks the title of a node, which opens its context menu. */
async function openNodeMenu(nodeId: string): Promise<void> {
  await page.getByTestId(`node-${nodeId}`).locator('.gv-node__title').click({ button: 'right' });
  await page.getByTestId('context-menu').waitFor();
}

describe('editing in Chromium', () => {
  it('rejects a connection that closes a cycle', async () => {
    const connectionsBefore = await countConnections(page);

    await dragSocket(page, 
      '[data-testid="node-g_relu1"] [data-testid="output-out"]',
      '[data-testid="node-g_dense"] [data-testid="input-in"]',
    );

    const message = page.getByTestId('editor-message');
    await message.waitFor();
    expect(await message.getAttribute('role')).toBe('status');
    expect(await message.innerText()).toContain('g_relu1 → g_dense → g_bn1 → g_relu1');
    expect(await countConnections(page)).toBe(connectionsBefore);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'editing-cycle-rejected.png') });
  });

  it('rejects an incompatible wire onto an occupied input', async () => {
    const connectionsBefore = await countConnections(page);
    const generatorInput = '[data-testid="node-generator"] [data-testid="input-in"]';
    expect(await page.locator(`${generatorInput} .gv-socket`).getAttribute('data-socket-kind')).toBe(
      'feature',
    );

    await dragSocket(page, '[data-testid="node-dataset"] [data-testid="output-out"]', generatorInput);

    const message = page.getByTestId('editor-message');
    await expect.poll(() => message.innerText()).toContain('a dataset of real images');
    const text = await message.innerText();
    expect(text).toContain('Image dataset (dataset) outputs a dataset of real images');
    expect(text).toContain('the input “images” of Generator output (generator) takes only a feature tensor');
    expect(await countConnections(page)).toBe(connectionsBefore);
    const generator = page.getByTestId('node-generator');
    expect(await generator.getAttribute('class')).not.toContain('has-error');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'editing-kind-rejected.png') });
  });

  it('lights up the inputs that fit while dragging', async () => {
    const canvas = page.getByTestId('editor');
    const from = await centreOf(page, '[data-testid="node-latent"] [data-testid="output-out"]');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 120, { steps: 6 });

    const classes = (await canvas.getAttribute('class'))!.split(' ');
    expect(classes).toContain('gv-wiring');
    expect(classes).toContain('gv-fits--input-tensor');
    expect(classes).not.toContain('gv-fits--input-feature');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'editing-fitting-sockets.png') });

    await page.mouse.up();
    await expect.poll(async () => (await canvas.getAttribute('class'))!.split(' ')).not.toContain(
      'gv-wiring',
    );
  });

  it('undoes and redoes a parameter edit', async () => {
    const units = page.getByTestId('node-g_dense').locator('input.gv-param__input').first();
    expect(await units.inputValue()).toBe('6272');

    await units.click({ clickCount: 3 });
    await page.keyboard.type('128');
    expect(await units.inputValue()).toBe('128');
    await blurActiveElement(page);

    await page.keyboard.press('Control+z');
    await expect.poll(() => units.inputValue()).toBe('6272');

    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => units.inputValue()).toBe('128');

    await page.keyboard.press('Control+z');
    await expect.poll(() => units.inputValue()).toBe('6272');
  });

  it('deletes from the context menu and undoes it', async () => {
    const nodesBefore = await countNodes(page);
    const connectionsBefore = await countConnections(page);

    await openNodeMenu('g_bn1');
    await page.getByTestId('context-menu').getByText('Delete', { exact: true }).click();
    await expect.poll(() => countNodes(page)).toBe(nodesBefore - 1);
    expect(await countConnections(page)).toBe(connectionsBefore - 2);

    await page.keyboard.press('Control+z');
    await expect.poll(() => countNodes(page)).toBe(nodesBefore);
    await expect.poll(() => countConnections(page)).toBe(connectionsBefore);
    await page.getByTestId('node-g_bn1').waitFor();
  });

  it('renames a node from the context menu', async () => {
    await openNodeMenu('g_dense');
    await page.getByTestId('context-menu').getByText('Rename…', { exact: true }).click();
    await page.getByTestId('rename-input').fill('Projection');
    await page.keyboard.press('Enter');

    const title = page.getByTestId('node-g_dense').locator('.gv-node__title');
    await expect.poll(() => title.innerText()).toBe('Projection');
    // The autosave is the exported graph, so the label reaches preset files.
    await page.waitForFunction(() =>
      (localStorage.getItem('ganvas-autosave') ?? '').includes('"label":"Projection"'),
    );

    await page.keyboard.press('Control+z');
    await expect.poll(() => title.innerText()).toBe('Dense');
    await page.keyboard.press('Control+y');
    await expect.poll(() => title.innerText()).toBe('Projection');
  });

  it('shows the help of a node type', async () => {
    await openNodeMenu('g_deconv1');
    await page.getByTestId('context-menu').getByText('Help', { exact: true }).click();

    const help = page.getByTestId('help-panel');
    await help.waitFor();
    expect(await help.innerText()).toContain('Conv2DTranspose');
    expect(await help.innerText()).toContain('stride');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'editing-help.png') });
    await help.getByRole('button', { name: 'Close' }).click();
    expect(await help.count()).toBe(0);
  });

  it('duplicates and disconnects a node, with undo buttons', async () => {
    const nodesBefore = await countNodes(page);
    const connectionsBefore = await countConnections(page);

    await openNodeMenu('d_flatten');
    await page.getByTestId('context-menu').getByText('Duplicate', { exact: true }).click();
    await page.getByTestId('node-flatten-1').waitFor();
    expect(await countNodes(page)).toBe(nodesBefore + 1);
    expect(await countConnections(page)).toBe(connectionsBefore);

    await openNodeMenu('d_flatten');
    await page.getByTestId('context-menu').getByText('Disconnect', { exact: true }).click();
    await expect.poll(() => countConnections(page)).toBe(connectionsBefore - 2);
    expect(await countNodes(page)).toBe(nodesBefore + 1);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => countConnections(page)).toBe(connectionsBefore);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => countConnections(page)).toBe(connectionsBefore - 2);
  });

  it('adds a node from the canvas menu', async () => {
    const nodesBefore = await countNodes(page);
    const canvas = (await page.getByTestId('editor').boundingBox())!;

    await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + 150, { button: 'right' });
    const menu = page.getByTestId('context-menu');
    await menu.getByText('Layers', { exact: true }).hover();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'editing-canvas-menu.png') });
    await menu.getByText('Dropout', { exact: true }).click();

    await page.getByTestId('node-dropout-1').waitFor();
    expect(await countNodes(page)).toBe(nodesBefore + 1);
  });

  it('leaves Ctrl+Z in a text field to the field', async () => {
    const nodesBefore = await countNodes(page);
    await page.getByTestId('node-dropout-1').locator('input.gv-param__input').first().focus();

    await page.keyboard.press('Control+z');
    expect(await countNodes(page)).toBe(nodesBefore);

    await blurActiveElement(page);
    await page.keyboard.press('Control+z');
    await expect.poll(() => countNodes(page)).toBe(nodesBefore - 1);
  });

  it('shows every node in the minimap', async () => {
    const minimap = page.getByTestId('minimap');
    await minimap.waitFor();
    await expect.poll(() => minimap.getByTestId('minimap-node').count()).toBe(await countNodes(page));
    // Each node is drawn as a box with its height, not as a flat line.
    const heights = () =>
      minimap.getByTestId('minimap-node').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().height));
    await expect.poll(async () => Math.min(...(await heights()))).toBeGreaterThan(2);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'editing-minimap.png') });
  });

  it('loads a shared graph with its cycle', async () => {
    const preset = structuredClone(BUILTIN_PRESETS.find((p) => p.id === 'mlp-mnist')!.preset);
    const [first] = preset.connections;
    preset.connections.push({
      source: first.target,
      sourceOutput: first.sourceOutput,
      target: first.target,
      targetInput: first.targetInput,
    });

    // A change of the fragment alone would not reload the app.
    await page.goto('about:blank');
    await page.goto(`${app.url}?backend=cpu${encodeShareFragment(preset)}`);
    await page.getByTestId(`node-${first.target}`).waitFor();

    await expect.poll(() => countConnections(page)).toBe(preset.connections.length);
    const looped = page.getByTestId(`node-${first.target}`);
    await expect.poll(() => looped.getAttribute('class')).toContain('has-error');
  });

  it('raises no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
