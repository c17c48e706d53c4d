import { defineNodeType, formatShape, NO_PARAMS } from './types';

const product = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

export const reshape = defineNodeType<{ targetShape: readonly number[] }>({
  type: 'reshape',
  title: 'Reshape',
  category: 'layer',
  role: 'layer',
  summary: 'Rearranges the same values into a new shape, e.g. a vector into a small image.',
  inputs: [{ key: 'in', label: 'input', socket: 'tensor' }],
  outputs: [{ key: 'out', label: 'output', socket: 'feature' }],
  params: {
    targetShape: {
      kind: 'shape',
      label: 'shape',
      doc: 'Output shape without the batch dimension, e.g. 7,7,128 for height, width, channels.',
      default: [7, 7, 128],
      maxRank: 3,
    },
  },
  inferShape: (input, { targetShape }) => {
    const inputSize = product(input!);
    const targetSize = product(targetShape);
    if (inputSize !== targetSize) {
      return {
        error:
          `Reshape cannot turn ${formatShape(input!)} (${inputSize} values) into ` +
          `${formatShape(targetShape)} (${targetSize} values): make the shapes hold the same number of values.`,
      };
    }
    return { shape: [...targetShape] };
  },
  countParams: () => NO_PARAMS,
  buildLayer: (layers, { targetShape }, name) => layers.reshape({ targetShape: [...targetShape], name }),
});
