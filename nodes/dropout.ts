import { defineNodeType, NO_PARAMS } from './types';

export const dropout = defineNodeType<{ rate: number }>({
  type: 'dropout',
  title: 'Dropout',
  category: 'layer',
  role: 'layer',
  summary: 'Zeroes a random share of values while training, so the network cannot rely on any one.',
  inputs: [{ key: 'in', label: 'input', socket: 'tensor' }],
  outputs: [{ key: 'out', label: 'output', socket: 'feature' }],
  params: {
    rate: {
      kind: 'float',
      label: 'rate',
      doc: 'Share of values set to zero at each training step, from 0 to just under 1.',
      default: 0.3,
      min: 0,
      max: 0.95,
      step: 0.05,
    },
  },
  inferShape: (input) => ({ shape: [...input!] }),
  countParams: () => NO_PARAMS,
  buildLayer: (layers, { rate }, name) => layers.dropout({ rate, name }),
});
