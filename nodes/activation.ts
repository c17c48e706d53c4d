import { LAYER_PORTS_RU } from './convolution-text';
import { explainSameShape } from './explain';
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
  explainShape: (input, _p, language) => explainSameShape(input!, language),
  ru: {
    title: 'Активация',
    summary:
      'Применяет к каждому значению нелинейную функцию: ReLU, LeakyReLU, Tanh, Sigmoid или linear.',
    params: {
      activation: { label: 'функция', doc: 'Функция, применяемая к каждому значению.' },
      alpha: {
        label: 'наклон',
        doc: 'Только для LeakyReLU: наклон a в max(a*x, x) для отрицательных входов.',
      },
    },
    ports: LAYER_PORTS_RU,
  },
  help: {
    en: {
      about:
        'Without activations a stack of layers is one linear map, however deep. ReLU, ' +
        'f(x) = max(0, x), is simple and fast, but a neuron whose input stays negative gets no ' +
        'gradient and can stay dead for the rest of training. LeakyReLU, f(x) = max(ax, x), ' +
        'keeps a small gradient a for negative inputs, so no neuron dies; it is the usual choice ' +
        'in discriminators, with a = 0.2. Tanh outputs values from -1 to 1 and suits the ' +
        "generator's last layer when the images are scaled to -1..1, as Ganvas's datasets are. " +
        "Sigmoid outputs values from 0 to 1, which fits the discriminator's probability that an " +
        'image is real, but its gradient vanishes when it saturates near 0 or 1. Linear passes ' +
        'values through unchanged.',
      advice:
        'Try the activations and compare: switch the generator between ReLU and LeakyReLU (the ' +
        'two built-in presets differ only in that), train each for the same number of steps and ' +
        'compare the losses, D(x), D(G(z)) and the samples. Keep Tanh at the end of the ' +
        'generator and Sigmoid or nothing at the end of the discriminator.',
    },
    ru: {
      about:
        'Без активаций стопка слоёв — одно линейное отображение, какой бы глубокой она ни была. ' +
        'ReLU, f(x) = max(0, x), проста и быстра, но нейрон, вход которого остаётся ' +
        'отрицательным, не получает градиента и может «умереть» до конца обучения. LeakyReLU, ' +
        'f(x) = max(ax, x), сохраняет небольшой градиент a для отрицательных входов, поэтому ' +
        'нейроны не умирают; это обычный выбор в дискриминаторах, с a = 0,2. Tanh выдаёт значения ' +
        'от -1 до 1 и подходит для последнего слоя генератора, когда изображения приведены к ' +
        '-1..1, как наборы данных в Ganvas. Sigmoid выдаёт значения от 0 до 1, что подходит для ' +
        'вероятности дискриминатора, что изображение настоящее, но её градиент исчезает при ' +
        'насыщении около 0 или 1. Linear пропускает значения без изменений.',
      advice:
        'Пробуйте разные активации и сравнивайте: переключите генератор между ReLU и LeakyReLU ' +
        '(два встроенных пресета отличаются только этим), обучите каждый одинаковое число шагов ' +
        'и сравните потери, D(x), D(G(z)) и образцы. Оставляйте Tanh в конце генератора, а в ' +
        'конце дискриминатора — Sigmoid или ничего.',
    },
  },
});
