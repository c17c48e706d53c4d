import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_PRESETS } from '../../src/presets/builtin';
import { encodeShareFragment } from '../../src/presets/share-link';
import { buildAndServe, launchChromium } from './browser';

/** Screenshots of the editing aids, for a person to look at. */
const SCREENSHOT_DIR = process.env.GANVAS_SCREENSHOTS ?? 'test-results';
const NODES = '[data-testid^="node-"][data-node-type]';
const CONNECTIONS = '[data-testid="connection"]';

let server: Awaited<ReturnType<typeof buildAndServe>>;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await buildAndServe();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // The default preset, DCGAN on MNIST, opens in a fresh browser context.
  await page.goto(`${server.url}?backend=cpu`);
  await page.getByTestId('node-g_dense').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const countNodes = () => page.locator(NODES).count();
const countConnections = () => page.locator(CONNECTIONS).count();

/** Returns the centre of an element in page coordinates. */
async function centreOf(selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`element ${selector} is not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags with the mouse from one socket to another, in steps, as a person would. */
async function dragSocket(fromSelector: string, toSelector: string): Promise<void> {
  const from = await centreOf(fromSelector);
  const to = await centreOf(toSelector);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2 + 40, { steps: 8 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** Right-clicks the title of a node, which opens its context menu. */
async function openNodeMenu(nodeId: string): Promise<void> {
  await page.getByTestId(`node-${nodeId}`).locator('.gv-node__title').click({ button: 'right' });
  await page.getByTestId('context-menu').waitFor();
}

/** Moves focus out of any text field, so editor shortcuts apply. */
async function blurActiveElement(): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

describe('editing in Chromium', () => {
  it('rejects a connection that closes a cycle', async () => {
    const connectionsBefore = await countConnections();

    await dragSocket(
      '[data-testid="node-g_relu1"] [data-testid="output-out"]',
      '[data-testid="node-g_dense"] [data-testid="input-in"]',
    );

    const message = page.getByTestId('editor-message');
    await message.waitFor();
    expect(await message.getAttribute('role')).toBe('status');
    expect(await message.innerText()).toContain('g_relu1 → g_dense → g_bn1 → g_relu1');
    expect(await countConnections()).toBe(connectionsBefore);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'editing-cycle-rejected.png') });
  });

  it('rejects an incompatible wire onto an occupied input', async () => {
    const connectionsBefore = await countConnections();
    const generatorInput = '[data-testid="node-generator"] [data-testid="input-in"]';
    expect(await page.locator(`${generatorInput} .gv-socket`).getAttribute('data-socket-kind')).toBe(
      'feature',
    );

    await dragSocket('[data-testid="node-dataset"] [data-testid="output-out"]', generatorInput);

    const message = page.getByTestId('editor-message');
    await expect.poll(() => message.innerText()).toContain('a dataset of real images');
    const text = await message.innerText();
    expect(text).toContain('Image dataset (dataset) outputs a dataset of real images');
    expect(text).toContain('the images input of Generator output (generator) takes only a feature tensor');
    expect(await countConnections()).toBe(connectionsBefore);
    const generator = page.getByTestId('node-generator');
    expect(await generator.getAttribute('class')).not.toContain('has-error');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'editing-kind-rejected.png') });
  });

  it('lights up the inputs that fit while dragging', async () => {
    const canvas = page.getByTestId('editor');
    const from = await centreOf('[data-testid="node-latent"] [data-testid="output-out"]');
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
    await blurActiveElement();

    await page.keyboard.press('Control+z');
    await expect.poll(() => units.inputValue()).toBe('6272');

    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => units.inputValue()).toBe('128');

    await page.keyboard.press('Control+z');
    await expect.poll(() => units.inputValue()).toBe('6272');
  });

  it('deletes from the context menu and undoes it', async () => {
    const nodesBefore = await countNodes();
    const connectionsBefore = await countConnections();

    await openNodeMenu('g_bn1');
    await page.getByTestId('context-menu').getByText('Delete', { exact: true }).click();
    await expect.poll(countNodes).toBe(nodesBefore - 1);
    expect(await countConnections()).toBe(connectionsBefore - 2);

    await page.keyboard.press('Control+z');
    await expect.poll(countNodes).toBe(nodesBefore);
    await expect.poll(countConnections).toBe(connectionsBefore);
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
    const nodesBefore = await countNodes();
    const connectionsBefore = await countConnections();

    await openNodeMenu('d_flatten');
    await page.getByTestId('context-menu').getByText('Duplicate', { exact: true }).click();
    await page.getByTestId('node-flatten-1').waitFor();
    expect(await countNodes()).toBe(nodesBefore + 1);
    expect(await countConnections()).toBe(connectionsBefore);

    await openNodeMenu('d_flatten');
    await page.getByTestId('context-menu').getByText('Disconnect', { exact: true }).click();
    await expect.poll(countConnections).toBe(connectionsBefore - 2);
    expect(await countNodes()).toBe(nodesBefore + 1);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(countConnections).toBe(connectionsBefore);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(countConnections).toBe(connectionsBefore - 2);
  });

  it('adds a node from the canvas menu', async () => {
    const nodesBefore = await countNodes();
    const canvas = (await page.getByTestId('editor').boundingBox())!;

    await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + 150, { button: 'right' });
    const menu = page.getByTestId('context-menu');
    await menu.getByText('Layers', { exact: true }).hover();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'editing-canvas-menu.png') });
    await menu.getByText('Dropout', { exact: true }).click();

    await page.getByTestId('node-dropout-1').waitFor();
    expect(await countNodes()).toBe(nodesBefore + 1);
  });

  it('leaves Ctrl+Z in a text field to the field', async () => {
    const nodesBefore = await countNodes();
    await page.getByTestId('node-dropout-1').locator('input.gv-param__input').first().focus();

    await page.keyboard.press('Control+z');
    expect(await countNodes()).toBe(nodesBefore);

    await blurActiveElement();
    await page.keyboard.press('Control+z');
    await expect.poll(countNodes).toBe(nodesBefore - 1);
  });

  it('shows every node in the minimap', async () => {
    const minimap = page.getByTestId('minimap');
    await minimap.waitFor();
    await expect.poll(() => minimap.getByTestId('minimap-node').count()).toBe(await countNodes());
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
    await page.goto(`${server.url}?backend=cpu${encodeShareFragment(preset)}`);
    await page.getByTestId(`node-${first.target}`).waitFor();

    await expect.poll(countConnections).toBe(preset.connections.length);
    const looped = page.getByTestId(`node-${first.target}`);
    await expect.poll(() => looped.getAttribute('class')).toContain('has-error');
  });

  it('raises no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
