import { formatShape, type ParamCount, type ParamSpec, type Shape, type ShapeResult } from './types';

/** Parameters shared by Conv2D and Conv2DTranspose, named as in tfjs. */
export type ConvParams = {
  filters: number;
  kernelSize: number;
  strides: number;
  padding: string;
  useBias: boolean;
};

export const CONV_PARAM_SPECS: { readonly [K in keyof ConvParams]: ParamSpec } = {
  filters: { kind: 'int', label: 'filters', doc: 'Number of output channels.', default: 64, min: 1, max: 4096 },
  kernelSize: {
    kind: 'int',
    label: 'kernel',
    doc: 'Height and width of the square kernel, in pixels.',
    default: 5,
    min: 1,
    max: 15,
  },
  strides: { kind: 'int', label: 'stride', doc: 'Step of the kernel, in pixels.', default: 2, min: 1, max: 8 },
  padding: {
    kind: 'choice',
    label: 'padding',
    doc: '"same" pads the borders so only the stride changes the size; "valid" does not pad.',
    default: 'same',
    options: ['same', 'valid'],
  },
  useBias: { kind: 'bool', label: 'bias', doc: 'Add a learned bias to each filter.', default: true },
};

/** Returns an error in English and Russian unless the input is `[height, width, channels]`. */
export function checkImageInput(
  title: string,
  input: Shape | null,
): { error: string; errorRu: string } | null {
  if (input !== null && input.length === 3) return null;
  const got = input === null ? 'nothing' : formatShape(input);
  const gotRu = input === null ? 'ничего' : formatShape(input);
  const vector = input?.length === 1;
  const fix = vector ? 'add a Reshape before it' : 'reshape its input to three dimensions';
  const fixRu = vector ? 'добавьте перед ним Reshape' : 'приведите его вход к трём измерениям';
  return {
    error: `${title} expects a rank-3 input (height, width, channels) but gets ${got}: ${fix}.`,
    errorRu: `${title} ожидает вход ранга 3 (высота, ширина, каналы), а получает ${gotRu}: ${fixRu}.`,
  };
}

export function countConvParams(input: Shape | null, p: ConvParams): ParamCount {
  const inChannels = input![2];
  const kernelWeights = p.kernelSize * p.kernelSize * inChannels * p.filters;
  return { trainable: kernelWeights + (p.useBias ? p.filters : 0), nonTrainable: 0 };
}

/** Output length along one axis for an input length, kernel, stride and padding. */
export type OutputLength = (length: number, kernel: number, stride: number, padding: string) => number;

/** Applies a convolution's length rule to height and width; the channels become `filters`. */
export function inferConvShape(title: string, input: Shape | null, p: ConvParams, outputLength: OutputLength): ShapeResult {
  const error = checkImageInput(title, input);
  if (error) return error;
  const [height, width] = input!;
  const outHeight = outputLength(height, p.kernelSize, p.strides, p.padding);
  const outWidth = outputLength(width, p.kernelSize, p.strides, p.padding);
  if (outHeight < 1 || outWidth < 1) {
    return {
      error:
        `${title} with kernel ${p.kernelSize} and valid padding does not fit a ${height}x${width} input: ` +
        'use a smaller kernel or same padding.',
      errorRu:
        `${title} с ядром ${p.kernelSize} и дополнением valid не помещается во вход ${height}x${width}: ` +
        'уменьшите ядро или выберите дополнение same.',
    };
  }
  return { shape: [outHeight, outWidth, p.filters] };
}
