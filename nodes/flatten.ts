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
});
