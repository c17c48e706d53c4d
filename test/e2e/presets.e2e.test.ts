import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_PRESETS } from '../../src/presets/builtin';
import { parsePreset, serializePreset } from '../../src/presets/preset-file';
import { encodeShareFragment } from '../../src/presets/share-link';
import type { Preset } from '../../src/schema/preset';
import { useEditorPage, SCREENSHOT_DIR, NODES, countNodes, countConnections, trainSteps, waitForStatus } from './editor-page';

const SHARED_LABEL = '<img src=x onerror="window.injected=1"> Critic & co';

const app = useEditorPage({ query: null, context: { acceptDownloads: true } });
let page: Page;
const pageErrors = app.errors;

beforeAll(() => {
  page = app.page;
});

function mlpPreset(): Preset {
  return structuredClone(BUILTIN_PRESETS.find((p) => p.id === 'mlp-mnist')!.preset);
}

/** Returns the MLP preset as shared: a label that breaks naive escaping, and batch size 5. */
function sharedPreset(): Preset {
  const preset = mlpPreset();
  preset.nodes.find((n) => n.id === 'd_dense1')!.label = SHARED_LABEL;
  preset.training.batchSize = 5;
  return preset;
}

/** Waits until the autosave in localStorage contains `text`, so that a reload finds it. */
async function waitForAutosave(text: string): Promise<void> {
  await page.waitForFunction((t) => (localStorage.getItem('ganvas-autosave') ?? '').includes(t), text);
}

describe('presets in Chromium', () => {
  it('opens a share link', async () => {
    const preset = sharedPreset();
    await page.goto(`${app.url}?backend=cpu${encodeShareFragment(preset)}`);
    await page.getByTestId('node-d_dense1').waitFor();

    expect(await countNodes(page)).toBe(preset.nodes.length);
    expect(await countConnections(page)).toBe(preset.connections.length);
    expect(await page.getByTestId('node-d_dense1').locator('.gv-node__title').innerText()).toBe(SHARED_LABEL);
    expect(await page.locator('.gv-node img').count()).toBe(0);
    expect(await page.getByTestId('setting-batchSize').inputValue()).toBe('5');
    expect(new URL(page.url()).hash).toBe('');
    // Without the fragment, a reload opens the autosave, which must then hold the shared preset.
    await waitForAutosave('Critic & co');
  });

  it('opens a share link pasted into the open editor', async () => {
    const preset = sharedPreset();
    preset.nodes = preset.nodes.filter((n) => n.id !== 'd_lrelu');
    preset.connections = preset.connections.filter((c) => c.source !== 'd_lrelu' && c.target !== 'd_lrelu');
    await page.evaluate((fragment) => (location.hash = fragment), encodeShareFragment(preset));
    await page.getByTestId('node-d_lrelu').waitFor({ state: 'detached' });

    expect(await countNodes(page)).toBe(preset.nodes.length);
    expect(new URL(page.url()).hash).toBe('');
    // Back to the preset the next tests expect.
    await page.evaluate((fragment) => (location.hash = fragment), encodeShareFragment(sharedPreset()));
    await page.getByTestId('node-d_lrelu').waitFor();
  });

  it('restores an edited graph after a reload', async () => {
    const before = await countNodes(page);
    await page.getByTestId('palette-dropout').click();
    await page.locator('[data-node-type="dropout"]').waitFor();
    const dropoutId = await page.locator('[data-node-type="dropout"]').getAttribute('data-testid');
    await waitForAutosave(`"id":"${dropoutId!.slice('node-'.length)}"`);

    await page.reload();
    await page.getByTestId('node-d_dense1').waitFor();

    expect(await countNodes(page)).toBe(before + 1);
    expect(await page.getByTestId(dropoutId!).count()).toBe(1);
    expect(await page.getByTestId('node-d_dense1').locator('.gv-node__title').innerText()).toBe(SHARED_LABEL);
    expect(await page.getByTestId('setting-batchSize').inputValue()).toBe('5');
  });

  it('keeps the graph when a file is broken', async () => {
    const nodes = await countNodes(page);
    const connections = await countConnections(page);
    await page.getByTestId('open-file-input').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "ganvas-preset", "version": 2, "nodes": ['),
    });
    const banner = page.getByTestId('import-error');
    await banner.waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'preset-import-error.png') });

    expect(await banner.innerText()).toContain('Could not open the preset.');
    expect(await countNodes(page)).toBe(nodes);
    expect(await countConnections(page)).toBe(connections);
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    expect(await banner.count()).toBe(0);
  });

  it('shows the share link in a dialog', async () => {
    await page.getByRole('button', { name: 'Share link', exact: true }).click();
    const url = await page.getByTestId('share-url').inputValue();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'preset-share-dialog.png') });
    await page.getByTestId('share-dialog').getByRole('button', { name: 'Close' }).click();

    // The sender's `?backend=cpu` stays out of the link.
    expect(url.startsWith(`${app.url}#preset=`)).toBe(true);
  });

  it('saves the preset with Ctrl+S', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    const path = join(SCREENSHOT_DIR, download.suggestedFilename());
    await download.saveAs(path);
    const saved = parsePreset(readFileSync(path, 'utf8'));
    if (!saved.ok) throw new Error(`the saved preset is invalid: ${saved.error.message}`);

    expect(download.suggestedFilename()).toBe('mlp-gan-on-mnist.json');
    expect(saved.preset.nodes.length).toBe(await countNodes(page));
    expect(saved.preset.training.batchSize).toBe(5);
    expect(saved.preset.view).toBeDefined();
  });

  it('opens a dropped preset file', async () => {
    const preset = mlpPreset();
    preset.nodes = preset.nodes.filter((n) => n.id !== 'g_tanh');
    preset.connections = preset.connections.filter((c) => c.source !== 'g_tanh' && c.target !== 'g_tanh');
    await dropFile('dropped.json', serializePreset(preset));
    await page.getByTestId('node-g_tanh').waitFor({ state: 'detached' });

    expect(await countNodes(page)).toBe(preset.nodes.length);
    expect(await countConnections(page)).toBe(preset.connections.length);
  });

  it('keeps the graph when a dropped file is broken', async () => {
    const nodes = await countNodes(page);
    await dropFile('notes.json', '{"format": "ganvas-preset", "version": 99}');
    await page.getByTestId('import-error').waitFor();

    expect(await page.getByTestId('import-error').innerText()).toContain('version');
    expect(await countNodes(page)).toBe(nodes);
    await page.getByTestId('import-error').getByRole('button', { name: 'Dismiss' }).click();
  });

  it('offers a file when the share link would be too long', async () => {
    // Labels of random letters hardly compress, so 600 of them make a link far over the cap.
    const preset = mlpPreset();
    let seed = 7;
    const letter = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(97 + (seed % 26));
    };
    for (let i = 0; i < 600; i++) {
      const label = Array.from({ length: 200 }, letter).join('');
      preset.nodes.push({ id: `filler-${i}`, type: 'dropout', label, params: {}, position: { x: i * 10, y: 900 } });
    }
    await dropFile('large.json', serializePreset(preset));
    await page.getByTestId('node-filler-599').waitFor({ state: 'attached' });

    await page.getByRole('button', { name: 'Share link', exact: true }).click();
    const error = page.getByTestId('share-error');
    expect(await error.innerText()).toContain('65,536');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('share-dialog').getByRole('button', { name: 'Save as file' }).click(),
    ]);
    const path = join(SCREENSHOT_DIR, 'too-long-to-share.json');
    await download.saveAs(path);
    const saved = parsePreset(readFileSync(path, 'utf8'));
    if (!saved.ok) throw new Error(`the saved preset is invalid: ${saved.error.message}`);
    expect(saved.preset.nodes.length).toBe(preset.nodes.length);
    await page.getByTestId('share-dialog').getByRole('button', { name: 'Close' }).click();
  });

  describe('trained weights', () => {
    let stoppedStep: string;
    let stoppedGrid: number[];

    it('trains the MLP preset on CPU and stops', async () => {
      await page.getByTestId('preset-picker').selectOption('mlp-mnist');
      await page.getByTestId('node-d_dense2').waitFor();
      const batchSize = page.getByTestId('setting-batchSize');
      await batchSize.fill('4');
      await batchSize.press('Tab');
      await waitForAutosave('"batchSize":4');

      await trainSteps(page, 3, 'Stop');

      stoppedStep = (await page.getByTestId('status-step').innerText()).trim();
      await page.waitForFunction(
        (step) => document.querySelector('[data-testid="sample-step"]')?.textContent === `samples at step ${step}`,
        stoppedStep,
      );
      stoppedGrid = await readGrid(page);
      expect(stoppedGrid.length).toBeGreaterThan(1000);
    });

    it('draws the same samples from the weights restored after a reload', async () => {
      await page.reload();
      await page.getByTestId('node-d_dense2').waitFor();
      expect(await page.getByTestId('setting-batchSize').inputValue()).toBe('4');
      // Before Train, the status bar names the step the next run continues from.
      const saved = page.getByTestId('status-saved');
      await saved.waitFor({ timeout: 60_000 });
      expect(await saved.innerText()).toBe(`weights saved at step ${stoppedStep}: Train continues from them`);
      expect(await page.getByRole('button', { name: 'Reset', exact: true }).isEnabled()).toBe(true);

      // The worker draws the restored grid before the first step, and training then replaces
      // it within a few steps, so the page copies it as soon as it is drawn.
      await page.evaluate((step) => {
        const w = window as unknown as { restoredGrid?: number[] };
        const poll = () => {
          const caption = document.querySelector('[data-testid="sample-step"]')?.textContent;
          const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="sample-grid"]');
          if (caption === `samples at step ${step}` && canvas) {
            const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
            w.restoredGrid = [canvas.width, canvas.height, ...data];
          } else requestAnimationFrame(poll);
        };
        poll();
      }, stoppedStep);
      await page.getByRole('button', { name: 'Train', exact: true }).click();
      const handle = await page.waitForFunction(
        () => (window as unknown as { restoredGrid?: number[] }).restoredGrid,
        undefined,
        { timeout: 120_000 },
      );
      const restoredGrid = (await handle.jsonValue()) as number[];
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      await waitForStatus(page, 'paused');
      const pausedStep = Number((await page.getByTestId('status-step').innerText()).replace(/,/g, ''));

      expect(restoredGrid).toEqual(stoppedGrid);
      expect(pausedStep).toBeGreaterThanOrEqual(Number(stoppedStep));
    });

    it('clears the saved weights on Reset', async () => {
      expect(await savedModelUrls()).toEqual(['indexeddb://ganvas-discriminator', 'indexeddb://ganvas-generator']);
      await page.getByRole('button', { name: 'Reset', exact: true }).click();
      await waitForStatus(page, 'idle');
      await expect.poll(savedModelUrls).toEqual([]);
    });

    it('trains again from fresh weights after Reset', async () => {
      await trainSteps(page, 1, 'Pause');
      expect(await savedModelUrls()).toHaveLength(2);
    });

    it('opens the preset from a samples PNG', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Save samples PNG' }).click(),
      ]);
      const path = join(SCREENSHOT_DIR, download.suggestedFilename());
      await download.saveAs(path);
      expect(download.suggestedFilename()).toBe('mlp-gan-on-mnist-samples.png');

      await page.getByTestId('preset-picker').selectOption('dcgan-mnist');
      await page.getByTestId('node-discriminator').waitFor();
      await page.getByTestId('node-d_dense2').waitFor({ state: 'detached' });
      await page.getByTestId('open-file-input').setInputFiles({
        name: 'samples.png',
        mimeType: 'image/png',
        buffer: readFileSync(path),
      });
      await page.getByTestId('node-d_dense2').waitFor();

      expect(await countNodes(page)).toBe(mlpPreset().nodes.length);
      expect(await countConnections(page)).toBe(mlpPreset().connections.length);
      expect(await page.getByTestId('setting-batchSize').inputValue()).toBe('4');
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'preset-toolbar.png') });
    });

    it('keeps the graph when New is not confirmed', async () => {
      const nodes = await countNodes(page);
      const message = new Promise<string>((resolve) =>
        page.once('dialog', (dialog) => {
          resolve(dialog.message());
          void dialog.dismiss();
        }),
      );
      await page.getByRole('button', { name: 'New', exact: true }).click();

      expect(await message).toContain('cannot be undone');
      expect(await countNodes(page)).toBe(nodes);
    });

    it('clears the canvas with New', async () => {
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'New', exact: true }).click();
      await page.locator(NODES).first().waitFor({ state: 'detached' });

      expect(await countNodes(page)).toBe(0);
      expect(await countConnections(page)).toBe(0);
      expect(await page.getByTestId('setting-batchSize').inputValue()).toBe('4');
    });

    it('raised no page errors', () => {
      expect(pageErrors).toEqual([]);
    });
  });
});

/** Drops a file with `text` on the editor canvas, as a drag from the desktop would. */
async function dropFile(name: string, text: string): Promise<void> {
  await page.getByTestId('editor').evaluate(
    (editor, file) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
      const init = { bubbles: true, cancelable: true, dataTransfer: transfer, clientX: 700, clientY: 400 };
      editor.dispatchEvent(new DragEvent('dragover', init));
      editor.dispatchEvent(new DragEvent('drop', init));
    },
    { name, text },
  );
}

/** Lists the models that tfjs has saved in this origin's IndexedDB. */
async function savedModelUrls(): Promise<string[]> {
  // tfjs keeps models in the database `tensorflowjs`, keyed by the path after `indexeddb://`.
  const paths = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('tensorflowjs');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('model_info_store')) return resolve([]);
          const keys = db.transaction('model_info_store').objectStore('model_info_store').getAllKeys();
          keys.onsuccess = () => resolve(keys.result.map(String));
          keys.onerror = () => reject(keys.error);
        };
      }),
  );
  return paths.map((path) => `indexeddb://${path}`).sort();
}

/** Trains until the status bar shows at least `steps` steps, then presses `button`. */
async function readGrid(page: Page): Promise<number[]> {
  return page.getByTestId('sample-grid').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    return [canvas.width, canvas.height, ...data];
  });
}
