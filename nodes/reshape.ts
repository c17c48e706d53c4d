import { LAYER_PORTS_RU } from './convolution-text';
import { outputLine, productText } from './explain';
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
        errorRu:
          `Reshape не может превратить ${formatShape(input!)} (${inputSize} значений) в ` +
          `${formatShape(targetShape)} (${targetSize} значений): формы должны содержать одинаковое число значений.`,
      };
    }
    return { shape: [...targetShape] };
  },
  countParams: () => NO_PARAMS,
  buildLayer: (layers, { targetShape }, name) => layers.reshape({ targetShape: [...targetShape], name }),
  explainShape: (input, { targetShape }, language) => {
    const ru = language === 'ru';
    return [
      `${ru ? 'значений на входе' : 'input values'}: ${productText(input!)}`,
      `${ru ? 'значений в форме' : 'values in the shape'}: ${productText(targetShape)}`,
      `${ru ? 'выход = форма' : 'out = shape'} = ${formatShape(targetShape)}`,
      outputLine(targetShape, language),
    ];
  },
  ru: {
    title: 'Reshape',
    summary:
      'Переставляет те же значения в новую форму, например вектор в маленькое изображение.',
    params: {
      targetShape: {
        label: 'форма',
        doc: 'Форма выхода без измерения батча, например 7,7,128 для высоты, ширины и каналов.',
      },
    },
    ports: LAYER_PORTS_RU,
  },
  help: {
    en: {
      about:
        'Reshape keeps the values and their order and only changes the shape, so the input and ' +
        'the new shape must hold the same number of values. It has no weights.',
      advice:
        'In a generator it turns the vector from the first Dense layer into a small image for ' +
        'the transposed convolutions: Dense(6272) then Reshape 7,7,128.',
    },
    ru: {
      about:
        'Reshape сохраняет значения и их порядок и меняет только форму, поэтому вход и новая ' +
        'форма должны содержать одинаковое число значений. Весов у него нет.',
      advice:
        'В генераторе он превращает вектор из первого слоя Dense в маленькое изображение для ' +
        'транспонированных свёрток: Dense(6272), затем Reshape 7,7,128.',
    },
  },
});
