import { CONV_PARAM_SPECS, countConvParams, inferConvShape, type ConvParams } from './convolution';
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
});
