import { CONV_PARAM_SPECS, countConvParams, inferConvShape, type ConvParams } from './convolution';
import {
  CONV_PARAMS_RU,
  explainConvShape,
  LAYER_PORTS_RU,
  type AxisFormula,
} from './convolution-text';
import { defineNodeType } from './types';

/** Output length along one axis: `ceil(in / s)` for same padding, `floor((in - k) / s) + 1` for valid. */
export function convOutputLength(length: number, kernel: number, stride: number, padding: string): number {
  if (padding === 'same') return Math.ceil(length / stride);
  return Math.floor((length - kernel) / stride) + 1;
}

/** Writes one axis of convOutputLength with the numbers filled in. */
const convAxis: AxisFormula = (length, { kernelSize: k, strides: s, padding }, language) => {
  const ru = language === 'ru';
  const out = convOutputLength(length, k, s, padding);
  if (padding === 'same') {
    const rule = ru ? 'выход = ceil(вход / шаг)' : 'out = ceil(in / stride)';
    return `${rule} = ceil(${length} / ${s}) = ${out}`;
  }
  const rule = ru
    ? 'выход = floor((вход − ядро) / шаг) + 1'
    : 'out = floor((in − kernel) / stride) + 1';
  return `${rule} = floor((${length} − ${k}) / ${s}) + 1 = ${out}`;
};

export const conv2d = defineNodeType<ConvParams>({
  type: 'conv2d',
  title: 'Conv2D',
  category: 'layer',
  role: 'layer',
  summary: 'Slides learned filters over an image; with stride 2 it halves the size.',
  inputs: [{ key: 'in', label: 'input', socket: 'tensor' }],
  outputs: [{ key: 'out', label: 'output', socket: 'feature' }],
  keyParams: ['filters', 'kernelSize', 'strides'],
  params: CONV_PARAM_SPECS,
  inferShape: (input, p) => inferConvShape('Conv2D', input, p, convOutputLength),
  countParams: countConvParams,
  buildLayer: (layers, p, name) =>
    layers.conv2d({
      filters: p.filters,
      kernelSize: p.kernelSize,
      strides: p.strides,
      padding: p.padding as 'same' | 'valid',
      useBias: p.useBias,
      name,
    }),
  explainShape: (input, p, language) =>
    explainConvShape(input!, p, language, convAxis, convOutputLength),
  ru: {
    title: 'Conv2D',
    summary: 'Проводит обучаемые фильтры по изображению; с шагом 2 размер уменьшается вдвое.',
    params: CONV_PARAMS_RU,
    ports: LAYER_PORTS_RU,
  },
  help: {
    en: {
      about:
        'A convolution slides each filter, a small square of learned weights, over the image and ' +
        'writes one value per position, so it finds the same local pattern anywhere in the ' +
        'image. With stride 2 it looks at every second position and halves the height and width: ' +
        'with same padding 28 × 28 becomes 14 × 14.',
      advice:
        'In a discriminator, strided Conv2D layers downsample the image step by step in place of ' +
        'pooling, each followed by LeakyReLU; then Flatten and Dense(1) give the score. Double ' +
        'the filters each time the size halves.',
    },
    ru: {
      about:
        'Свёртка проводит каждый фильтр — небольшой квадрат обучаемых весов — по изображению и ' +
        'записывает одно значение на каждую позицию, поэтому находит один и тот же локальный ' +
        'узор в любом месте изображения. С шагом 2 она берёт каждую вторую позицию и уменьшает ' +
        'высоту и ширину вдвое: с дополнением same 28 × 28 становится 14 × 14.',
      advice:
        'В дискриминаторе свёртки с шагом уменьшают изображение шаг за шагом вместо пулинга, ' +
        'каждая с LeakyReLU после неё; затем Flatten и Dense(1) дают оценку. Удваивайте число ' +
        'фильтров каждый раз, когда размер уменьшается вдвое.',
    },
  },
});
