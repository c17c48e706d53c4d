import { LAYER_PORTS_RU } from './convolution-text';
import { outputLine } from './explain';
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
      const gotRu = input === null ? 'ничего' : formatShape(input);
      return {
        error: `Dense expects a rank-1 input (a vector) but gets ${got}: add a Flatten before it.`,
        errorRu: `Dense ожидает вход ранга 1 (вектор), а получает ${gotRu}: добавьте перед ним Flatten.`,
      };
    }
    return { shape: [units] };
  },
  countParams: (input, { units, useBias }) => ({
    trainable: input![0] * units + (useBias ? units : 0),
    nonTrainable: 0,
  }),
  buildLayer: (layers, { units, useBias }, name) => layers.dense({ units, useBias, name }),
  explainShape: (input, { units }, language) => [
    language === 'ru'
      ? `выход = нейроны = ${units}, при любой длине входа (${input![0]})`
      : `out = units = ${units}, whatever the input length (${input![0]})`,
    outputLine([units], language),
  ],
  ru: {
    title: 'Dense',
    summary: 'Полносвязный слой: каждый выходной нейрон видит каждое входное значение.',
    params: {
      units: { label: 'нейроны', doc: 'Число выходных нейронов (units).' },
      useBias: { label: 'смещение', doc: 'Добавлять обучаемое смещение к каждому нейрону.' },
    },
    ports: LAYER_PORTS_RU,
  },
  help: {
    en: {
      about:
        'Each output unit is a weighted sum of every input value plus a bias, so the layer has ' +
        'inputs × units weights. The output length is the number of units, whatever the input.',
      advice:
        'In a generator, a Dense layer turns the latent vector into enough values for a small ' +
        'image (7 × 7 × 128 = 6272 units), followed by a Reshape. A discriminator ends in ' +
        'Dense(1), one score per image. Dense layers on large inputs hold most of the weights.',
    },
    ru: {
      about:
        'Каждый выходной нейрон — взвешенная сумма всех входных значений плюс смещение, так что у ' +
        'слоя вход × нейроны весов. Длина выхода равна числу нейронов, какой бы ни была длина входа.',
      advice:
        'В генераторе слой Dense превращает латентный вектор в столько значений, сколько нужно для ' +
        'маленького изображения (7 × 7 × 128 = 6272 нейрона), а за ним идёт Reshape. ' +
        'Дискриминатор заканчивается Dense(1) — одной оценкой на изображение. Слои Dense на ' +
        'больших входах содержат большую часть весов.',
    },
  },
});
