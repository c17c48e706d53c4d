import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { NodeHelp, type NodeHelpProps } from '../../../src/ui/help/node-help';
import { RESOURCES } from '../../../src/ui/i18n/i18n';

async function renderHelp(language: 'en' | 'ru', props: NodeHelpProps): Promise<string> {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    resources: RESOURCES,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <NodeHelp {...props} />
    </I18nextProvider>,
  );
  // Tags are dropped so the checks read the text a person sees.
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

const deconv: NodeHelpProps = {
  type: 'conv2dTranspose',
  params: { filters: 64, kernelSize: 5, strides: 2, padding: 'same', useBias: true },
  inputShape: [7, 7, 128],
};

describe('NodeHelp', () => {
  it('fills the formula with the current numbers in English', async () => {
    const text = await renderHelp('en', deconv);
    expect(text).toContain('height: out = in × stride = 7 × 2 = 14');
    expect(text).toContain('Output: [14, 14, 64]');
    expect(text).toContain('super-resolution');
    expect(text).toContain('stride (strides: 2, default 2)');
  });

  it('writes the help in Russian', async () => {
    const text = await renderHelp('ru', deconv);
    expect(text).toContain('высота: выход = вход × шаг = 7 × 2 = 14');
    expect(text).toContain('Размер выхода');
    expect(text).toContain('сверхразрешения');
    expect(text).toContain('шаг (strides: 2, по умолчанию 2)');
  });

  it('asks for an input before it has one', async () => {
    const text = await renderHelp('en', { type: 'dense' });
    expect(text).toContain('Connect the input to see how the output size follows from it.');
    expect(text).toContain('units (units: 256, default 256)');
  });

  it('explains a source without an input', async () => {
    const text = await renderHelp('ru', { type: 'latentNoise', params: { size: 64 } });
    expect(text).toContain('выход = размер = 64');
    expect(text).toContain('Случайные нормальные векторы');
  });

  it('shows defaults for invalid parameters', async () => {
    const text = await renderHelp('en', { type: 'dense', params: { units: 0 }, inputShape: [100] });
    expect(text).toContain('out = units = 256');
  });

  it('names an unknown type', async () => {
    const text = await renderHelp('en', { type: 'conv3d' });
    expect(text).toContain('There is no help for the unknown node type "conv3d".');
  });
});
