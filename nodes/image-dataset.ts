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
      return { error: `Unknown dataset "${dataset}": choose one of ${Object.keys(DATASETS).join(', ')}.` };
    }
    return { shape: DATASETS[dataset as DatasetName].shape };
  },
  countParams: () => NO_PARAMS,
});
