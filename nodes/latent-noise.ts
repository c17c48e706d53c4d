import { outputLine } from './explain';
import { defineNodeType, NO_PARAMS } from './types';

export const latentNoise = defineNodeType<{ size: number }>({
  type: 'latentNoise',
  title: 'Latent noise',
  category: 'input',
  role: 'noise-source',
  summary: 'Random normal vectors that the generator turns into images.',
  inputs: [],
  outputs: [{ key: 'out', label: 'noise', socket: 'noise' }],
  params: {
    size: {
      kind: 'int',
      label: 'size',
      doc: 'Length of each noise vector z, drawn from a standard normal distribution.',
      default: 100,
      min: 1,
      max: 4096,
    },
  },
  inferShape: (_input, { size }) => ({ shape: [size] }),
  countParams: () => NO_PARAMS,
  explainShape: (_input, { size }, language) => [
    language === 'ru' ? `выход = размер = ${size}` : `out = size = ${size}`,
    outputLine([size], language),
  ],
  ru: {
    title: 'Латентный шум',
    summary: 'Случайные нормальные векторы, которые генератор превращает в изображения.',
    params: {
      size: {
        label: 'размер',
        doc: 'Длина каждого вектора шума z, взятого из стандартного нормального распределения.',
      },
    },
    ports: { out: 'шум' },
  },
  help: {
    en: {
      about:
        'Each training step draws a batch of vectors z from a standard normal distribution. ' +
        'The generator maps each z to one image, so points of this latent space become images.',
      advice:
        'A size of 100 is the DCGAN choice and plenty for MNIST. Much smaller sizes limit the ' +
        'variety of images; larger ones mostly slow the first Dense layer.',
    },
    ru: {
      about:
        'На каждом шаге обучения берётся батч векторов z из стандартного нормального ' +
        'распределения. Генератор отображает каждый z в одно изображение, так что точки этого ' +
        'латентного пространства становятся изображениями.',
      advice:
        'Размер 100 — выбор DCGAN, его с запасом хватает для MNIST. Гораздо меньший размер ' +
        'ограничивает разнообразие изображений; больший в основном замедляет первый слой Dense.',
    },
  },
});
