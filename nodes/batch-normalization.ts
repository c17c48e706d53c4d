import { LAYER_PORTS_RU } from './convolution-text';
import { explainSameShape } from './explain';
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
  explainShape: (input, _p, language) => explainSameShape(input!, language),
  ru: {
    title: 'BatchNormalization',
    summary: 'Нормирует каждый канал по батчу, что делает обучение GAN устойчивее.',
    params: {
      momentum: {
        label: 'импульс',
        doc: 'Вес старого значения при обновлении скользящих среднего и дисперсии.',
      },
      epsilon: {
        label: 'эпсилон',
        doc: 'Малое число, прибавляемое к дисперсии, чтобы не делить на ноль.',
      },
    },
    ports: LAYER_PORTS_RU,
  },
  help: {
    en: {
      about:
        'Batch normalization subtracts the batch mean of each channel and divides by its ' +
        'standard deviation, then scales and shifts by two learned weights per channel. While ' +
        'training it uses the batch statistics and updates moving averages for later use.',
      advice:
        'Put it between a Dense or convolution layer and its activation in the generator. ' +
        "Leave it out of the generator's last layer and the discriminator's first layer, as " +
        'DCGAN does. Very small batches make its statistics noisy.',
    },
    ru: {
      about:
        'Пакетная нормализация вычитает среднее по батчу для каждого канала и делит на его ' +
        'стандартное отклонение, затем масштабирует и сдвигает на два обучаемых веса на канал. ' +
        'При обучении она использует статистику батча и обновляет скользящие средние на потом.',
      advice:
        'Ставьте её между слоем Dense или свёрткой и их активацией в генераторе. Не ставьте её в ' +
        'последний слой генератора и первый слой дискриминатора, как в DCGAN. На очень малых ' +
        'батчах её статистика шумная.',
    },
  },
});
