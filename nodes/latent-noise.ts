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
});
