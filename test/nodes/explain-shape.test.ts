import { describe, expect, it } from 'vitest';
import {
  defaultParams,
  explainOutputShape,
  formatShape,
  NODE_TYPES,
  getNodeType,
  type Language,
  type ParamValues,
  type Shape,
} from '../../nodes';

interface Case {
  type: string;
  input: Shape | null;
  params: ParamValues;
}

const IMAGE_INPUTS: Shape[] = [
  [7, 7, 3],
  [28, 28, 1],
  [9, 12, 4],
];

function convCases(type: string): Case[] {
  const cases: Case[] = [];
  for (const input of IMAGE_INPUTS) {
    for (const kernelSize of [1, 2, 3, 4, 5]) {
      for (const strides of [1, 2, 3]) {
        for (const padding of ['same', 'valid']) {
          const params = { filters: 8, kernelSize, strides, padding, useBias: true };
          cases.push({ type, input, params });
        }
      }
    }
  }
  return cases;
}

const withDefaults = (type: string, params: ParamValues) => ({
  ...defaultParams(getNodeType(type)),
  ...params,
});

/** Cases for every node type; conv layers get a sweep of kernel, stride and padding. */
const CASES: Case[] = [
  { type: 'latentNoise', input: null, params: { size: 100 } },
  { type: 'latentNoise', input: null, params: { size: 1 } },
  { type: 'imageDataset', input: null, params: { dataset: 'mnist' } },
  { type: 'imageDataset', input: null, params: { dataset: 'fashionMnist' } },
  { type: 'dense', input: [100], params: { units: 6272, useBias: true } },
  { type: 'dense', input: [3136], params: { units: 1, useBias: false } },
  { type: 'reshape', input: [6272], params: { targetShape: [7, 7, 128] } },
  { type: 'reshape', input: [784], params: { targetShape: [28, 28, 1] } },
  { type: 'flatten', input: [7, 7, 64], params: {} },
  { type: 'flatten', input: [28, 28, 1], params: {} },
  ...convCases('conv2dTranspose'),
  ...convCases('conv2d'),
  { type: 'batchNormalization', input: [7, 7, 64], params: {} },
  { type: 'dropout', input: [6272], params: {} },
  { type: 'activation', input: [14, 14, 64], params: { activation: 'leakyRelu' } },
  { type: 'activation', input: [1], params: { activation: 'sigmoid' } },
  { type: 'generatorOutput', input: [28, 28, 1], params: {} },
  { type: 'discriminatorOutput', input: [1], params: {} },
].map((c) => ({ ...c, params: withDefaults(c.type, c.params) }));

const LANGUAGES: Language[] = ['en', 'ru'];

/** Returns the number a formula line ends with, such as 14 for `out = 7 × 2 = 14`. */
function lastNumber(line: string): number {
  const match = /(\d+)$/.exec(line);
  if (!match) throw new Error(`line does not end with a number: ${line}`);
  return Number(match[1]);
}

function describeCase(c: Case): string {
  const { kernelSize, strides, padding } = c.params;
  const conv = kernelSize === undefined ? '' : ` kernel ${kernelSize} stride ${strides} ${padding}`;
  return `${c.type} ${c.input ? formatShape(c.input) : 'no input'}${conv}`;
}

describe('explainOutputShape', () => {
  it('has cases for every node type', () => {
    const covered = new Set(CASES.map((c) => c.type));
    expect(NODE_TYPES.map((t) => t.type).filter((type) => !covered.has(type))).toEqual([]);
  });

  const explained = CASES.flatMap((c) => {
    const result = getNodeType(c.type).inferShape(c.input, c.params as never);
    return 'shape' in result ? [{ ...c, shape: result.shape, name: describeCase(c) }] : [];
  });

  it.each(explained)('$name ends with the inferred shape', ({ type, input, params, shape }) => {
    for (const language of LANGUAGES) {
      const lines = explainOutputShape(getNodeType(type), input, params, language)!;
      expect(lines.at(-1)!.endsWith(formatShape(shape)), `${language}: ${lines.at(-1)}`).toBe(true);
    }
  });

  it.each(explained.filter((c) => c.type.startsWith('conv')))(
    '$name: height and width formulas give the inferred size',
    ({ type, input, params, shape }) => {
      for (const language of LANGUAGES) {
        const lines = explainOutputShape(getNodeType(type), input, params, language)!;
        expect(lastNumber(lines[0]), lines[0]).toBe(shape[0]);
        expect(lastNumber(lines[1]), lines[1]).toBe(shape[1]);
        expect(lastNumber(lines[2]), lines[2]).toBe(shape[2]);
      }
    },
  );

  it.each(explained.filter((c) => ['dense', 'flatten', 'latentNoise'].includes(c.type)))(
    '$name: the first formula gives the output length',
    ({ type, input, params, shape }) => {
      for (const language of LANGUAGES) {
        const [first] = explainOutputShape(getNodeType(type), input, params, language)!;
        expect(lastNumber(first.replace(/,.*$/, '')), first).toBe(shape[0]);
      }
    },
  );

  it('writes Conv2DTranspose stride 2 same as in × stride', () => {
    const params = withDefaults('conv2dTranspose', { kernelSize: 5, strides: 2, padding: 'same', filters: 64 });
    expect(explainOutputShape(getNodeType('conv2dTranspose'), [7, 7, 128], params, 'en')).toEqual([
      'height: out = in × stride = 7 × 2 = 14',
      'width: out = in × stride = 7 × 2 = 14',
      'channels = filters = 64',
      'Output: [14, 14, 64]',
    ]);
    expect(explainOutputShape(getNodeType('conv2dTranspose'), [7, 7, 128], params, 'ru')![0]).toBe(
      'высота: выход = вход × шаг = 7 × 2 = 14',
    );
  });

  it('writes the valid-padding formulas with the kernel', () => {
    const valid = { kernelSize: 5, strides: 2, padding: 'valid', filters: 8 };
    const deconv = explainOutputShape(
      getNodeType('conv2dTranspose'),
      [7, 7, 3],
      withDefaults('conv2dTranspose', valid),
      'en',
    )!;
    expect(deconv[0]).toBe('height: out = (in − 1) × stride + kernel = (7 − 1) × 2 + 5 = 17');
    const conv = explainOutputShape(getNodeType('conv2d'), [28, 28, 1], withDefaults('conv2d', valid), 'en')!;
    expect(conv[0]).toBe('height: out = floor((in − kernel) / stride) + 1 = floor((28 − 5) / 2) + 1 = 12');
  });

  it('writes Flatten as the product of the input sizes', () => {
    expect(explainOutputShape(getNodeType('flatten'), [7, 7, 64], {}, 'en')).toEqual([
      'out = product of the input sizes = 7 × 7 × 64 = 3136',
      'Output: [3136]',
    ]);
  });

  it('returns null when the shape rule rejects the input', () => {
    const dense = getNodeType('dense');
    expect(explainOutputShape(dense, [7, 7, 64], defaultParams(dense), 'en')).toBeNull();
    expect(explainOutputShape(dense, null, defaultParams(dense), 'en')).toBeNull();
  });
});
