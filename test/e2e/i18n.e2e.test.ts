import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR, useEditorPage } from './editor-page';

const app = useEditorPage({ ready: 'node-g_deconv1', context: { locale: 'en-US' } });
let page: Page;
const pageErrors = app.errors;

beforeAll(() => {
  page = app.page;
});

describe('interface language', () => {
  it('starts in English for an English browser', async () => {
    await page.getByRole('button', { name: 'Train', exact: true }).waitFor();
    expect(await page.getByTestId('language-switch').inputValue()).toBe('en');
  });

  it('switches to Russian with the language switch', async () => {
    await page.getByTestId('language-switch').selectOption('ru');
    await page.getByRole('button', { name: 'Обучить', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Train', exact: true }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await page.getByTestId('palette-conv2dTranspose').innerText()).toContain(
      'Обучаемое увеличение',
    );
    const title = page.getByTestId('node-latent').locator('.gv-node__title');
    expect(await title.innerText()).toBe('Латентный шум');
  });

  it('explains a node on hover with the formula in Russian', async () => {
    const header = page.getByTestId('node-g_deconv1').locator('.gv-node__header');
    const tooltip = await header.getAttribute('title');
    expect(tooltip).toContain('Обучаемое увеличение');
    expect(tooltip).toContain('высота: выход = вход × шаг = 7 × 2 = 14');
    expect(tooltip).toContain('Выход: [14, 14, 64]');
  });

  it('shows the full help of a node in Russian', async () => {
    await page.getByTestId('node-g_deconv1').locator('.gv-node__title').click({ button: 'right' });
    await page.getByTestId('context-menu').getByText('Справка', { exact: true }).click();
    const help = page.getByTestId('help-panel');
    await help.waitFor();
    const text = await help.innerText();
    expect(text).toContain('Размер выхода');
    expect(text).toContain('выход = вход × шаг = 7 × 2 = 14');
    expect(text).toContain('сверхразрешения');
    expect(text).toContain('Советы');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'i18n-help-ru.png') });
    await help.getByRole('button', { name: 'Закрыть' }).click();
    expect(await help.count()).toBe(0);
  });

  it('remembers Russian after a reload', async () => {
    await page.reload();
    await page.getByTestId('node-g_deconv1').waitFor();
    await page.getByRole('button', { name: 'Обучить', exact: true }).waitFor();
    expect(await page.getByTestId('language-switch').inputValue()).toBe('ru');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'i18n-editor-ru.png') });
  });

  it('switches back to English', async () => {
    await page.getByTestId('language-switch').selectOption('en');
    await page.getByRole('button', { name: 'Train', exact: true }).waitFor();
    const title = page.getByTestId('node-latent').locator('.gv-node__title');
    expect(await title.innerText()).toBe('Latent noise');
    expect(pageErrors).toEqual([]);
  });
});
