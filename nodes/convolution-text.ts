import type { ConvParams, OutputLength } from './convolution';
import { outputLine } from './explain';
import type { Language, ParamTranslation, Shape } from './types';

/** Russian labels and docs of the parameters shared by Conv2D and Conv2DTranspose. */
export const CONV_PARAMS_RU: Record<keyof ConvParams, ParamTranslation> = {
  filters: { label: 'фильтры', doc: 'Число выходных каналов.' },
  kernelSize: { label: 'ядро', doc: 'Высота и ширина квадратного ядра, в пикселях.' },
  strides: { label: 'шаг', doc: 'Шаг, с которым движется ядро, в пикселях.' },
  padding: {
    label: 'дополнение',
    doc: '"same" дополняет края, так что размер меняет только шаг; "valid" края не дополняет.',
  },
  useBias: { label: 'смещение', doc: 'Добавлять обучаемое смещение к каждому фильтру.' },
};

/** Port labels of a one-input, one-output layer in Russian. */
export const LAYER_PORTS_RU = { in: 'вход', out: 'выход' };

/**
 * One axis of a convolution's output length with the numbers filled in, ending with the
 * length, such as `out = in × stride = 7 × 2 = 14`.
 */
export type AxisFormula = (length: number, p: ConvParams, language: Language) => string;

/**
 * Explains a convolution's output shape: height and width by `axis`, then the channels from
 * `filters`. The output line uses `outputLength`, the rule inferShape applies.
 */
export function explainConvShape(
  input: Shape,
  p: ConvParams,
  language: Language,
  axis: AxisFormula,
  outputLength: OutputLength,
): string[] {
  const [height, width] = input;
  const ru = language === 'ru';
  const length = (n: number) => outputLength(n, p.kernelSize, p.strides, p.padding);
  return [
    `${ru ? 'высота' : 'height'}: ${axis(height, p, language)}`,
    `${ru ? 'ширина' : 'width'}: ${axis(width, p, language)}`,
    ru ? `каналы = фильтры = ${p.filters}` : `channels = filters = ${p.filters}`,
    outputLine([length(height), length(width), p.filters], language),
  ];
}
