import { defineNodeType, formatShape } from './types';

export const dense = defineNodeType<{ units: number; useBias: boolean }>({
  type: 'dense',
  title: 'Dense',
  category: 'layer',
  role: 'layer',
  summary: 'Fully connected layer: every output unit sees every input value.',
  inputs: [{ key: 'in', label: 'input', socket: 'tensor' }],
  outputs: [{ key: 'out', label: 'output', socket: 'feature' }],
  keyParams: ['units'],
  params: {
    units: { kind: 'int', label: 'units', doc: 'Number of output units.', default: 256, min: 1, max: 65536 },
    useBias: { kind: 'bool', label: 'bias', doc: 'Add a learned bias to each unit.', default: true },
  },
  inferShape: (input, { units }) => {
    if (input === null || input.length !== 1) {
      const got = input === null ? 'nothing' : formatShape(input);
      return { error: `Dense expects a rank-1 input (a vector) but gets ${got}: add a Flatten before it.` };
    }
    return { shape: [units] };
  },
  countParams: (input, { units, useBias }) => ({
    trainable: input![0] * units + (useBias ? units : 0),
    nonTrainable: 0,
  }),
  buildLayer: (layers, { units, useBias }, name) => layers.dense({ units, useBias, name }),
});
