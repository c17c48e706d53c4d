import { LAYER_PORTS_RU } from './convolution-text';
import { outputLine, productText } from './explain';
import { defineNodeType, NO_PARAMS } from './types';

export const flatten = defineNodeType<Record<string, never>>({
  type: 'flatten',
  title: 'Flatten',
  category: 'layer',
  role: 'layer',
  summary: 'Unrolls an image-like tensor into one vector, e.g. before a Dense layer.',
  inputs: [{ key: 'in', label: 'input', socket: 'tensor' }],
  outputs: [{ key: 'out', label: 'output', socket: 'feature' }],
  params: {},
  inferShape: (input) => ({ shape: [input!.reduce((a, b) => a * b, 1)] }),
  countParams: () => NO_PARAMS,
  buildLayer: (layers, _params, name) => layers.flatten({ name }),
  explainShape: (input, _params, language) => {
    const rule =
      language === 'ru' ? 'выход = произведение размеров входа' : 'out = product of the input sizes';
    return [`${rule} = ${productText(input!)}`, outputLine([input!.reduce((a, b) => a * b, 1)], language)];
  },
  ru: {
    title: 'Flatten',
    summary: 'Разворачивает тензор вроде изображения в один вектор, например перед слоем Dense.',
    params: {},
    ports: LAYER_PORTS_RU,
  },
  help: {
    en: {
      about:
        'Flatten writes every value of its input, row by row and channel by channel, into one ' +
        'vector. It has no weights; only the shape changes.',
      advice:
        "Use it at the end of a discriminator's convolutions, before Dense(1). The vector is " +
        'long (7 × 7 × 128 = 6272), so the Dense after it has that many weights per unit.',
    },
    ru: {
      about:
        'Flatten записывает все значения входа, строку за строкой и канал за каналом, в один ' +
        'вектор. Весов у него нет; меняется только форма.',
      advice:
        'Ставьте его после свёрток дискриминатора, перед Dense(1). Вектор длинный ' +
        '(7 × 7 × 128 = 6272), поэтому у Dense после него столько же весов на нейрон.',
    },
  },
});
