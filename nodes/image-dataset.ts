import { outputLine } from './explain';
import { defineNodeType, NO_PARAMS } from './types';

/** Datasets that ship with Ganvas, with the shape of one image. */
export const DATASETS = {
  mnist: { title: 'MNIST digits', shape: [28, 28, 1] as const, count: 10_000 },
  fashionMnist: { title: 'Fashion-MNIST clothes', shape: [28, 28, 1] as const, count: 10_000 },
} as const;

export type DatasetName = keyof typeof DATASETS;

export const imageDataset = defineNodeType<{ dataset: string }>({
  type: 'imageDataset',
  title: 'Image dataset',
  category: 'input',
  role: 'image-source',
  summary: 'Real images, scaled to [-1, 1], that the discriminator learns to tell from fakes.',
  inputs: [],
  outputs: [{ key: 'out', label: 'real images', socket: 'dataset' }],
  params: {
    dataset: {
      kind: 'choice',
      label: 'dataset',
      doc: 'Which bundled dataset to train on.',
      default: 'mnist',
      options: Object.keys(DATASETS),
    },
  },
  inferShape: (_input, { dataset }) => {
    if (!(dataset in DATASETS)) {
      const names = Object.keys(DATASETS).join(', ');
      return {
        error: `Unknown dataset "${dataset}": choose one of ${names}.`,
        errorRu: `Неизвестный набор данных "${dataset}": выберите один из ${names}.`,
      };
    }
    return { shape: DATASETS[dataset as DatasetName].shape };
  },
  countParams: () => NO_PARAMS,
  explainShape: (_input, { dataset }, language) => {
    const [height, width, channels] = DATASETS[dataset as DatasetName].shape;
    const rule =
      language === 'ru'
        ? `${dataset}: ${height} × ${width} пикселей, каналов: ${channels}`
        : `${dataset}: ${height} × ${width} pixels, ${channels} channel${channels === 1 ? '' : 's'}`;
    return [rule, outputLine([height, width, channels], language)];
  },
  ru: {
    title: 'Набор изображений',
    summary:
      'Настоящие изображения, приведённые к [-1, 1], которые дискриминатор учится отличать от подделок.',
    params: { dataset: { label: 'набор', doc: 'Встроенный набор данных для обучения.' } },
    ports: { out: 'настоящие изображения' },
  },
  help: {
    en: {
      about:
        'The real images of the GAN: 10,000 MNIST digits or 10,000 Fashion-MNIST clothes, ' +
        '28 × 28 pixels in grey, scaled from 0..255 to -1..1. Each step draws a random batch.',
      advice:
        "Connect it to the discriminator's first layer, together with the Generator output. " +
        'The generator must end in the same shape, [28, 28, 1]. MNIST learns fastest; ' +
        'Fashion-MNIST needs more steps.',
    },
    ru: {
      about:
        'Настоящие изображения GAN: 10 000 цифр MNIST или 10 000 предметов одежды Fashion-MNIST, ' +
        '28 × 28 пикселей в оттенках серого, приведённые от 0..255 к -1..1. На каждом шаге ' +
        'берётся случайный батч.',
      advice:
        'Подключите его к первому слою дискриминатора вместе с выходом генератора. Генератор ' +
        'должен заканчиваться той же формой, [28, 28, 1]. MNIST учится быстрее всего; ' +
        'Fashion-MNIST требует больше шагов.',
    },
  },
});
