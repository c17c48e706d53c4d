import { LAYER_PORTS_RU } from './convolution-text';
import { explainSameShape } from './explain';
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
  explainShape: (input, _p, language) => explainSameShape(input!, language),
  ru: {
    title: 'Dropout',
    summary: 'При обучении обнуляет случайную долю значений, чтобы сеть не полагалась ни на одно.',
    params: {
      rate: {
        label: 'доля',
        doc: 'Доля значений, обнуляемых на каждом шаге обучения, от 0 до чуть меньше 1.',
      },
    },
    ports: LAYER_PORTS_RU,
  },
  help: {
    en: {
      about:
        'While training, dropout sets each value to zero with probability rate and scales the ' +
        'others up by 1 / (1 − rate), so the mean stays the same. Outside training it passes ' +
        'values through.',
      advice:
        'A little dropout (0.3) in the discriminator keeps it from memorizing the real images and ' +
        'overpowering the generator. It is rarely useful in the generator.',
    },
    ru: {
      about:
        'При обучении dropout обнуляет каждое значение с вероятностью rate и умножает остальные ' +
        'на 1 / (1 − rate), так что среднее не меняется. Вне обучения значения проходят без ' +
        'изменений.',
      advice:
        'Небольшой dropout (0,3) в дискриминаторе не даёт ему запомнить настоящие изображения и ' +
        'подавить генератор. В генераторе он редко полезен.',
    },
  },
});
