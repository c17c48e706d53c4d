import { defineNodeType } from './types';

export const batchNormalization = defineNodeType<{ momentum: number; epsilon: number }>({
  type: 'batchNormalization',
  title: 'BatchNormalization',
  category: 'layer',
  role: 'layer',
  summary: 'Normalizes each channel over the batch, which steadies GAN training.',
  inputs: [{ key: 'in', label: 'input', socket: 'tensor' }],
  outputs: [{ key: 'out', label: 'output', socket: 'feature' }],
  keyParams: [],
  params: {
    momentum: {
      kind: 'float',
      label: 'momentum',
      doc: 'Weight of the old value when updating the moving mean and variance.',
      default: 0.99,
      min: 0,
      max: 0.9999,
      step: 0.01,
    },
    epsilon: {
      kind: 'float',
      label: 'epsilon',
      doc: 'Small value added to the variance to avoid dividing by zero.',
      default: 0.001,
      min: 1e-7,
      max: 0.1,
      step: 0.0001,
    },
  },
  inferShape: (input) => ({ shape: [...input!] }),
  // Gamma and beta are trained; the moving mean and variance are not: 4c weights, 2c trainable.
  countParams: (input) => {
    const channels = input![input!.length - 1];
    return { trainable: 2 * channels, nonTrainable: 2 * channels };
  },
  buildLayer: (layers, { momentum, epsilon }, name) => layers.batchNormalization({ momentum, epsilon, name }),
});
