import { explainSameShape, outputLine } from './explain';
import { defineNodeType, NO_PARAMS } from './types';

export const generatorOutput = defineNodeType<Record<string, never>>({
  type: 'generatorOutput',
  title: 'Generator output',
  category: 'output',
  role: 'generator-end',
  summary: 'Ends the generator. Its fake images go on to the discriminator; samples show here.',
  inputs: [{ key: 'in', label: 'images', socket: 'feature' }],
  outputs: [{ key: 'out', label: 'fake images', socket: 'image' }],
  params: {},
  inferShape: (input) => ({ shape: [...input!] }),
  countParams: () => NO_PARAMS,
  explainShape: (input, _p, language) => explainSameShape(input!, language),
  ru: {
    title: 'Выход генератора',
    summary:
      'Завершает генератор. Его поддельные изображения идут в дискриминатор; здесь видны образцы.',
    params: {},
    ports: { in: 'изображения', out: 'подделки' },
  },
  help: {
    en: {
      about:
        'This node marks where the generator ends. Its input is a batch of generated images, ' +
        'which must have the shape of the dataset images; they go on to the discriminator as ' +
        'fakes. During training it shows a 4 × 4 grid of samples from a fixed batch of noise.',
      advice:
        'Feed it from a layer with one filter per image channel (1 for MNIST) and a Tanh ' +
        'activation, so the fakes lie in -1..1 like the real images. Watch the samples: ' +
        'identical digits everywhere mean mode collapse.',
    },
    ru: {
      about:
        'Этот узел отмечает конец генератора. На вход приходит батч сгенерированных изображений ' +
        'той же формы, что и изображения набора данных; они идут в дискриминатор как подделки. ' +
        'При обучении здесь видна сетка образцов 4 × 4 из фиксированного батча шума.',
      advice:
        'Подавайте на него слой с одним фильтром на канал изображения (1 для MNIST) и ' +
        'активацией Tanh, чтобы подделки лежали в -1..1, как настоящие изображения. Следите за ' +
        'образцами: одинаковые цифры повсюду означают коллапс мод (mode collapse).',
    },
  },
});

export const discriminatorOutput = defineNodeType<Record<string, never>>({
  type: 'discriminatorOutput',
  title: 'Discriminator output',
  category: 'output',
  role: 'discriminator-end',
  summary: 'Ends the discriminator: one score per image, real or fake. Losses show here.',
  inputs: [{ key: 'in', label: 'score', socket: 'feature' }],
  outputs: [],
  params: {},
  inferShape: (input) => {
    if (input!.length !== 1 || input![0] !== 1) {
      return {
        error: `The discriminator must end in one score per image, shape [1], but gets [${input!.join(', ')}]: end it with Dense(1).`,
        errorRu: `Дискриминатор должен заканчиваться одной оценкой на изображение, форма [1], а получает [${input!.join(', ')}]: закончите его слоем Dense(1).`,
      };
    }
    return { shape: [1] };
  },
  countParams: () => NO_PARAMS,
  explainShape: (_input, _p, language) => [
    language === 'ru' ? 'выход = одна оценка на изображение' : 'out = one score per image',
    outputLine([1], language),
  ],
  ru: {
    title: 'Выход дискриминатора',
    summary:
      'Завершает дискриминатор: одна оценка на изображение, настоящее или поддельное. Здесь видны потери.',
    params: {},
    ports: { in: 'оценка' },
  },
  help: {
    en: {
      about:
        'This node marks where the discriminator ends: one score per image, high for real and ' +
        'low for fake. A Sigmoid before it makes the score a probability; without one the score ' +
        'is a logit, and the loss applies the sigmoid itself. During training it shows the ' +
        'losses, D(x) and D(G(z)).',
      advice:
        'D(x) near 1 and D(G(z)) near 0 for long means the discriminator wins and the generator ' +
        'learns little: lower its learning rate or add Dropout. D(G(z)) near 0.5 means it ' +
        'cannot tell real from fake.',
    },
    ru: {
      about:
        'Этот узел отмечает конец дискриминатора: одна оценка на изображение, высокая для ' +
        'настоящих и низкая для поддельных. Sigmoid перед ним делает оценку вероятностью; без ' +
        'неё оценка — логит, и функция потерь сама применяет сигмоиду. При обучении здесь видны ' +
        'потери, D(x) и D(G(z)).',
      advice:
        'Если D(x) долго около 1, а D(G(z)) около 0, дискриминатор побеждает, и генератор мало ' +
        'учится: уменьшите его скорость обучения или добавьте Dropout. D(G(z)) около 0,5 ' +
        'значит, что он не отличает настоящие изображения от поддельных.',
    },
  },
});
