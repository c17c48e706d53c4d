import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModelFiles } from '../../src/export/model-files';
import { useEditorPage, SCREENSHOT_DIR } from './editor-page';

const MODEL_FILES = [
  'generator.json',
  'generator.weights.bin',
  'discriminator.json',
  'discriminator.weights.bin',
];

const downloadDir = mkdtempSync(join(tmpdir(), 'ganvas-export-'));
const app = useEditorPage({ ready: 'node-discriminator', context: { acceptDownloads: true } });
let page: Page;
const pageErrors = app.errors;

beforeAll(async () => {
  page = app.page;
  await tf.setBackend('cpu');
  page.on('dialog', (dialog) => void dialog.accept());
});

const readText = async (testId: string) => (await page.getByTestId(testId).innerText()).trim();

async function openExportMenu(): Promise<void> {
  const menu = page.getByTestId('export-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
}

async function pickMlpPreset(): Promise<void> {
  await page.getByTestId('preset-picker').selectOption('mlp-mnist');
  await page.getByTestId('node-d_dense2').waitFor();
  const batchSize = page.getByTestId('setting-batchSize');
  await batchSize.fill('4');
  await batchSize.press('Tab');
}

async function saveDownload(download: Download): Promise<string> {
  const path = join(downloadDir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** Reads the sample grid's pixels once its caption shows the step in the status bar. */
async function readSampleGrid(): Promise<number[]> {
  await page.waitForFunction(() => {
    const step = document.querySelector('[data-testid="status-step"]')?.textContent ?? '';
    const caption = document.querySelector('[data-testid="sample-step"]')?.textContent ?? '';
    return caption.endsWith(` ${step}`);
  });
  return page.getByTestId('sample-grid').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    return [canvas.width, canvas.height, ...data];
  });
}

describe('export and import in Chromium', () => {
  let pixelsBeforeExport: number[];
  let exportedStep: string;

  it('disables the model export before training', async () => {
    await pickMlpPreset();
    await openExportMenu();
    const exportModels = page.getByRole('button', { name: 'Trained models (tfjs)' });

    await expect(exportModels.isDisabled()).resolves.toBe(true);
    await expect(exportModels.getAttribute('title')).resolves.toMatch(/^Train first/);
    await expect(page.getByRole('button', { name: 'Keras script (.py)' }).isEnabled()).resolves.toBe(true);
  });

  it('trains the MLP preset 3 steps on CPU', async () => {
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="status-step"]')?.textContent?.replace(/,/g, '')) >= 3,
      undefined,
      { timeout: 120_000, polling: 250 },
    );
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="status-state"]')?.textContent === 'paused');

    exportedStep = await readText('status-step');
    pixelsBeforeExport = await readSampleGrid();
    expect(pixelsBeforeExport.length).toBeGreaterThan(1000);
  });

  it('downloads the Keras script with the layer names', async () => {
    await openExportMenu();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Keras script (.py)' }).click(),
    ]);
    const script = readFileSync(await saveDownload(download), 'utf8');

    expect(download.suggestedFilename()).toBe('mlp_gan_on_mnist.py');
    expect(script).toContain('tf.distribute.MirroredStrategy');
    for (const name of ['generator_g_dense1', 'generator_g_dense2', 'discriminator_d_dense1', 'discriminator_d_dense2']) {
      expect(script, name).toContain(`name="${name}"`);
    }
  });

  it('downloads both trained models', async () => {
    await openExportMenu();
    const downloads: Download[] = [];
    const allDownloaded = new Promise<void>((resolve) => {
      page.on('download', (download) => {
        downloads.push(download);
        if (downloads.length === MODEL_FILES.length) resolve();
      });
    });
    await page.getByRole('button', { name: 'Trained models (tfjs)' }).click();
    await allDownloaded;
    await Promise.all(downloads.map(saveDownload));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'export-menu.png') });

    expect(downloads.map((d) => d.suggestedFilename()).sort()).toEqual([...MODEL_FILES].sort());
    for (const network of ['generator', 'discriminator']) {
      const modelJson = readFileSync(join(downloadDir, `${network}.json`), 'utf8');
      const weightsFileName = `${network}.weights.bin`;
      expect(JSON.parse(modelJson).weightsManifest[0].paths, network).toEqual([weightsFileName]);
      const weights = new Uint8Array(readFileSync(join(downloadDir, weightsFileName))).buffer;
      const model = await loadModelFiles({ modelJson, weights, weightsFileName });
      expect(model.name).toBe(network);
      model.dispose();
    }
  });

  it('rejects the models for another graph', async () => {
    await page.reload();
    await page.getByTestId('node-discriminator').waitFor();
    await page.getByTestId('preset-picker').selectOption('dcgan-mnist');
    await page.getByTestId('node-d_conv1').waitFor();
    await openExportMenu();
    await page.getByTestId('import-models-input').setInputFiles(MODEL_FILES.map((f) => join(downloadDir, f)));

    const notice = page.getByTestId('export-notice');
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toMatch(/^The imported generator does not match this graph's generator: /);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-mismatch.png') });
  });

  it('imports the models with the same samples', async () => {
    await pickMlpPreset();
    await openExportMenu();
    await page.getByTestId('import-models-input').setInputFiles(MODEL_FILES.map((f) => join(downloadDir, f)));

    await page.waitForFunction(() =>
      document.querySelector('[data-testid="export-notice"]')?.textContent?.startsWith('Imported'),
    );
    await expect(readText('status-state')).resolves.toBe('paused');
    await expect(readText('status-step')).resolves.toBe(exportedStep);
    const pixels = await readSampleGrid();
    expect(pixels.slice(0, 2)).toEqual(pixelsBeforeExport.slice(0, 2));
    expect(pixels).toEqual(pixelsBeforeExport);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'imported-models.png') });
  });

  it('continues training from the imported step', async () => {
    const imported = Number(exportedStep.replace(/,/g, ''));
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await page.waitForFunction(
      (start) => Number(document.querySelector('[data-testid="status-step"]')?.textContent?.replace(/,/g, '')) > start + 1,
      imported,
      { timeout: 60_000, polling: 250 },
    );
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="status-state"]')?.textContent === 'paused');

    const stepText = await page.getByTestId('status-step').innerText();
    expect(Number(stepText.replace(/,/g, ''))).toBeGreaterThan(imported + 1);
    expect(pageErrors).toEqual([]);
  });

  it('keeps the menu inside a narrow window and closes it with Escape', async () => {
    await page.setViewportSize({ width: 900, height: 800 });
    await openExportMenu();
    const panel = page.getByTestId('export-menu').locator('.gv-export__panel');
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(900);

    await page.getByRole('button', { name: 'Keras script (.py)' }).focus();
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('export-menu').getAttribute('open')).toBeNull();
    await openExportMenu();
    await page.getByTestId('editor').click({ position: { x: 300, y: 300 } });
    expect(await page.getByTestId('export-menu').getAttribute('open')).toBeNull();
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(pageErrors).toEqual([]);
  });
});
