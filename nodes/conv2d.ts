import { CONV_PARAM_SPECS, checkImageInput, countConvParams, type ConvParams } from './convolution';
import { defineNodeType } from './types';

/** Output length along one axis: `ceil(in / s)` for same padding, `floor((in - k) / s) + 1` for valid. */
export function convOutputLength(length: number, kernel: number, stride: number, padding: string): number {
  if (padding === 'same') return Math.ceil(length / stride);
  return Math.floor((length - kernel) / stride) + 1;
}

export const conv2d = defineNodeType<ConvParams>({
  type: 'conv2d',
  title: 'Conv2D',
  category: 'layer',
  role: 'layer',
  summary: 'Slides learned filters over an image; with stride 2 it halves the size.',
  inputs: [{ key: 'in', label: 'input', socket: 'tensor' }],
  outputs: [{ key: 'out', label: 'output', socket: 'tensor' }],
  params: CONV_PARAM_SPECS,
  inferShape: (input, p) => {
    const error = checkImageInput('Conv2D', input);
    if (error) return { error };
    const [height, width] = input!;
    const outHeight = convOutputLength(height, p.kernelSize, p.strides, p.padding);
    const outWidth = convOutputLength(width, p.kernelSize, p.strides, p.padding);
    if (outHeight < 1 || outWidth < 1) {
      return {
        error:
          `Conv2D with kernel ${p.kernelSize} and valid padding does not fit a ${height}x${width} input: ` +
          'use a smaller kernel or same padding.',
      };
    }
    return { shape: [outHeight, outWidth, p.filters] };
  },
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
});
