import { describe, expect, it } from 'vitest';
import { NODE_TYPES } from '../../nodes';
import { acceptsSocket } from '../../nodes/socket-kinds';

describe('socket compatibility', () => {
  it.each([
    ['noise', 'tensor', true],
    ['dataset', 'tensor', true],
    ['image', 'tensor', true],
    ['feature', 'tensor', true],
    ['noise', 'feature', false],
    ['dataset', 'feature', false],
    ['image', 'feature', false],
    ['feature', 'feature', true],
  ] as const)('%s output into %s input is %s', (output, input, expected) => {
    expect(acceptsSocket(input, output)).toBe(expected);
  });
});

describe('socket kinds of node types', () => {
  const kinds = (side: 'inputs' | 'outputs') =>
    Object.fromEntries(NODE_TYPES.map((t) => [t.type, t[side].map((p) => p.socket)]));

  it('outputs carry the kind of value they make', () => {
    expect(kinds('outputs')).toEqual({
      latentNoise: ['noise'],
      imageDataset: ['dataset'],
      dense: ['feature'],
      reshape: ['feature'],
      flatten: ['feature'],
      conv2dTranspose: ['feature'],
      conv2d: ['feature'],
      batchNormalization: ['feature'],
      dropout: ['feature'],
      activation: ['feature'],
      generatorOutput: ['image'],
      discriminatorOutput: [],
    });
  });

  it('layers take any tensor and output nodes a feature tensor', () => {
    expect(kinds('inputs')).toEqual({
      latentNoise: [],
      imageDataset: [],
      dense: ['tensor'],
      reshape: ['tensor'],
      flatten: ['tensor'],
      conv2dTranspose: ['tensor'],
      conv2d: ['tensor'],
      batchNormalization: ['tensor'],
      dropout: ['tensor'],
      activation: ['tensor'],
      generatorOutput: ['feature'],
      discriminatorOutput: ['feature'],
    });
  });
});
