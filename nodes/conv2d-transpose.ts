import { CONV_PARAM_SPECS, countConvParams, inferConvShape, type ConvParams } from './convolution';
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
});
