import { defineNodeType, NO_PARAMS } from './types';

export const ACTIVATIONS = ['relu', 'leakyRelu', 'tanh', 'sigmoid', 'linear'] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

export const activation = defineNodeType<{ activation: string; alpha: number }>({
  type: 'activation',
  title: 'Activation',
  category: 'activation',
  role: 'layer',
  summary: 'Applies a non-linear function to each value: ReLU, LeakyReLU, Tanh, Sigmoid or linear.',
  inputs: [{ key: 'in', label: 'input', socket: 'tensor' }],
  outputs: [{ key: 'out', label: 'output', socket: 'feature' }],
  keyParams: ['activation', 'alpha'],
  params: {
    activation: {
      kind: 'choice',
      label: 'function',
      doc: 'The function applied to each value.',
      default: 'relu',
      options: ACTIVATIONS,
    },
    alpha: {
      kind: 'float',
      label: 'slope',
      doc: 'LeakyReLU only: the slope a in max(a*x, x) for negative inputs.',
      shownWhen: { param: 'activation', equals: 'leakyRelu' },
      default: 0.2,
      min: 0,
      max: 1,
      step: 0.01,
    },
  },
  inferShape: (input) => ({ shape: [...input!] }),
  countParams: () => NO_PARAMS,
  buildLayer: (layers, p, name) => {
    if (p.activation === 'leakyRelu') return layers.leakyReLU({ alpha: p.alpha, name });
    return layers.activation({ activation: p.activation as 'relu' | 'tanh' | 'sigmoid' | 'linear', name });
  },
});
