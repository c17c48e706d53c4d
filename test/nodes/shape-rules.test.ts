import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conv2d } from '../../nodes/conv2d';
import { conv2dTranspose } from '../../nodes/conv2d-transpose';
import type { ConvParams } from '../../nodes/convolution';
import { batchNormalization } from '../../nodes/batch-normalization';
import { dense } from '../../nodes/dense';
import type { NodeType, ParamValues } from '../../nodes/types';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Output shape and parameter count of the layer tfjs builds for a node, on one input shape. */
function buildWithTfjs(nodeType: NodeType, params: ParamValues, input: number[]) {
  const layer = nodeType.buildLayer!(tf.layers, params as never, `probe_${Math.random().toString(36).slice(2)}`);
  const model = tf.sequential({ layers: [tf.layers.inputLayer({ inputShape: input }), layer] });
  const shape = (model.outputs[0].shape as number[]).slice(1);
  const count = model.countParams();
  model.dispose();
  return { shape, count };
}

const asConv = (kernelSize: number, strides: number, padding: string, filters = 8): ConvParams => ({
  filters,
  kernelSize,
  strides,
  padding,
  useBias: true,
});

describe('Conv2DTranspose shape rule', () => {
  // same: in * s; valid: (in - 1) * s + k (for k >= s)
  it.each([
    { input: 7, kernel: 5, stride: 2, padding: 'same', expected: 14 },
    { input: 14, kernel: 5, stride: 2, padding: 'same', expected: 28 },
    { input: 7, kernel: 5, stride: 2, padding: 'valid', expected: 17 },
    { input: 17, kernel: 5, stride: 2, padding: 'valid', expected: 37 },
    { input: 7, kernel: 3, stride: 1, padding: 'valid', expected: 9 },
    { input: 4, kernel: 4, stride: 4, padding: 'valid', expected: 16 },
    { input: 5, kernel: 3, stride: 3, padding: 'same', expected: 15 },
  ])('input $input kernel $kernel stride $stride $padding gives $expected', ({ input, kernel, stride, padding, expected }) => {
    const params = asConv(kernel, stride, padding);
    const result = conv2dTranspose.inferShape([input, input, 3], params);
    expect(result).toEqual({ shape: [expected, expected, 8] });
    const built = buildWithTfjs(conv2dTranspose as never, params, [input, input, 3]);
    expect(built.shape).toEqual([expected, expected, 8]);
    expect(conv2dTranspose.countParams([input, input, 3], params).trainable).toBe(built.count);
  });
});

describe('Conv2D shape rule', () => {
  // same: ceil(in / s); valid: floor((in - k) / s) + 1
  it.each([
    { input: 28, kernel: 5, stride: 2, padding: 'same', expected: 14 },
    { input: 14, kernel: 5, stride: 2, padding: 'same', expected: 7 },
    { input: 7, kernel: 3, stride: 2, padding: 'same', expected: 4 },
    { input: 28, kernel: 5, stride: 2, padding: 'valid', expected: 12 },
    { input: 28, kernel: 3, stride: 1, padding: 'valid', expected: 26 },
    { input: 9, kernel: 4, stride: 3, padding: 'valid', expected: 2 },
  ])('input $input kernel $kernel stride $stride $padding gives $expected', ({ input, kernel, stride, padding, expected }) => {
    const params = asConv(kernel, stride, padding);
    expect(conv2d.inferShape([input, input, 3], params)).toEqual({ shape: [expected, expected, 8] });
    const built = buildWithTfjs(conv2d as never, params, [input, input, 3]);
    expect(built.shape).toEqual([expected, expected, 8]);
    expect(conv2d.countParams([input, input, 3], params).trainable).toBe(built.count);
  });

  it('rejects a kernel larger than a valid input', () => {
    const result = conv2d.inferShape([3, 3, 1], asConv(5, 1, 'valid'));
    expect(result).toEqual({
      error: 'Conv2D with kernel 5 and valid padding does not fit a 3x3 input: use a smaller kernel or same padding.',
      errorRu: 'Conv2D с ядром 5 и дополнением valid не помещается во вход 3x3: уменьшите ядро или выберите дополнение same.',
    });
  });

  it('asks for a Reshape before a vector input', () => {
    const result = conv2d.inferShape([6272], asConv(5, 2, 'same'));
    expect(result).toEqual({
      error: 'Conv2D expects a rank-3 input (height, width, channels) but gets [6272]: add a Reshape before it.',
      errorRu: 'Conv2D ожидает вход ранга 3 (высота, ширина, каналы), а получает [6272]: добавьте перед ним Reshape.',
    });
  });
});

describe('parameter counts', () => {
  it('Dense counts in * units + units', () => {
    expect(dense.countParams([100], { units: 6272, useBias: true })).toEqual({ trainable: 633_472, nonTrainable: 0 });
    expect(dense.countParams([100], { units: 6272, useBias: false })).toEqual({ trainable: 627_200, nonTrainable: 0 });
  });

  it('conv counts k * k * cin * cout + cout', () => {
    // 5 * 5 * 128 * 64 + 64
    expect(conv2dTranspose.countParams([7, 7, 128], asConv(5, 2, 'same', 64)).trainable).toBe(204_864);
    // 5 * 5 * 64 * 1 + 1
    expect(conv2dTranspose.countParams([14, 14, 64], asConv(5, 2, 'same', 1)).trainable).toBe(1_601);
  });

  it('BatchNormalization counts 4c with 2c trainable', () => {
    const params = { momentum: 0.99, epsilon: 0.001 };
    expect(batchNormalization.countParams([7, 7, 64], params)).toEqual({ trainable: 128, nonTrainable: 128 });
    const built = buildWithTfjs(batchNormalization as never, params, [7, 7, 64]);
    expect(built.count).toBe(256);
  });

  it('Dense asks for a Flatten before an image', () => {
    expect(dense.inferShape([7, 7, 64], { units: 1, useBias: true })).toEqual({
      error: 'Dense expects a rank-1 input (a vector) but gets [7, 7, 64]: add a Flatten before it.',
      errorRu: 'Dense ожидает вход ранга 1 (вектор), а получает [7, 7, 64]: добавьте перед ним Flatten.',
    });
  });
});
