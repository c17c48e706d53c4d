import { CONV_PARAM_SPECS, countConvParams, inferConvShape, type ConvParams } from './convolution';
import {
  CONV_PARAMS_RU,
  explainConvShape,
  LAYER_PORTS_RU,
  type AxisFormula,
} from './convolution-text';
import { defineNodeType } from './types';

/**
 * Output length along one axis: `in * s` for same padding and `(in - 1) * s + k` for valid.
 * When the kernel is smaller than the stride, tfjs 4.22 gives `in * s` for valid padding as well,
 * so the valid case is written as `in * s + max(k - s, 0)`, which equals `(in - 1) * s + k` for k >= s.
 */
export function deconvOutputLength(length: number, kernel: number, stride: number, padding: string): number {
  if (padding === 'same') return length * stride;
  return length * stride + Math.max(kernel - stride, 0);
}

/** Writes one axis of deconvOutputLength with the numbers filled in. */
const deconvAxis: AxisFormula = (length, { kernelSize: k, strides: s, padding }, language) => {
  const ru = language === 'ru';
  const out = deconvOutputLength(length, k, s, padding);
  if (padding === 'same') {
    return `${ru ? 'выход = вход × шаг' : 'out = in × stride'} = ${length} × ${s} = ${out}`;
  }
  if (k < s) {
    const rule = ru
      ? 'выход = вход × шаг (ядро меньше шага)'
      : 'out = in × stride (kernel smaller than stride)';
    return `${rule} = ${length} × ${s} = ${out}`;
  }
  const rule = ru ? 'выход = (вход − 1) × шаг + ядро' : 'out = (in − 1) × stride + kernel';
  return `${rule} = (${length} − 1) × ${s} + ${k} = ${out}`;
};

export const conv2dTranspose = defineNodeType<ConvParams>({
  type: 'conv2dTranspose',
  title: 'Conv2DTranspose',
  category: 'layer',
  role: 'layer',
  summary: 'Learned upsampling: with stride 2 it doubles the height and width.',
  inputs: [{ key: 'in', label: 'input', socket: 'tensor' }],
  outputs: [{ key: 'out', label: 'output', socket: 'feature' }],
  keyParams: ['filters', 'kernelSize', 'strides'],
  params: CONV_PARAM_SPECS,
  inferShape: (input, p) => inferConvShape('Conv2DTranspose', input, p, deconvOutputLength),
  countParams: countConvParams,
  buildLayer: (layers, p, name) =>
    layers.conv2dTranspose({
      filters: p.filters,
      kernelSize: p.kernelSize,
      strides: p.strides,
      padding: p.padding as 'same' | 'valid',
      useBias: p.useBias,
      name,
    }),
  explainShape: (input, p, language) =>
    explainConvShape(input!, p, language, deconvAxis, deconvOutputLength),
  ru: {
    title: 'Conv2DTranspose',
    summary: 'Обучаемое увеличение: с шагом 2 высота и ширина удваиваются.',
    params: CONV_PARAMS_RU,
    ports: LAYER_PORTS_RU,
  },
  help: {
    en: {
      about:
        'A transposed convolution spreads each input value over a kernel-sized patch of the ' +
        'output, moving by the stride, so the image grows by the stride: with stride 2 and same ' +
        'padding 7 × 7 becomes 14 × 14. In a generator, a chain of them upsamples the latent ' +
        'vector, reshaped to a small image, into a full image. The same layer upsamples in ' +
        'segmentation networks and in super-resolution.',
      advice:
        'Follow it with BatchNormalization and an activation, and end the generator with one ' +
        'filter per image channel and Tanh. A kernel that the stride divides (4 with stride 2) ' +
        'avoids checkerboard patterns; 5 with stride 2 works too but may show them early on.',
    },
    ru: {
      about:
        'Транспонированная свёртка раскладывает каждое входное значение на участок выхода ' +
        'размером с ядро, сдвигаясь на шаг, поэтому изображение увеличивается в шаг раз: с шагом ' +
        '2 и дополнением same 7 × 7 становится 14 × 14. В генераторе цепочка таких слоёв ' +
        'увеличивает латентный вектор, превращённый в маленькое изображение, до полного ' +
        'изображения. Тот же слой увеличивает разрешение в сетях сегментации и в задачах ' +
        'сверхразрешения (super-resolution).',
      advice:
        'Ставьте после него BatchNormalization и активацию, а генератор заканчивайте одним ' +
        'фильтром на канал изображения и Tanh. Ядро, кратное шагу (4 при шаге 2), избегает ' +
        '«шахматных» артефактов; 5 при шаге 2 тоже работает, но поначалу может их давать.',
    },
  },
});
