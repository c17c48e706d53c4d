import buildDiscriminator from '../../presets/lessons/build-discriminator.json';
import buildGenerator from '../../presets/lessons/build-generator.json';
import reluGenerator from '../../presets/relu-generator.json';
import type { Graph, Preset } from '../schema/preset';
import { readPresetData } from '../schema/read-preset-data';
import { downstreamOfType, inputsOf, isActivation } from './graph-queries';
import type { Lesson, LessonContext } from './lesson-types';

function startPreset(id: string, data: unknown): Preset {
  const result = readPresetData(data);
  if (!result.ok) throw new Error(`lesson ${id} starts from an invalid preset: ${result.error.message}`);
  return result.preset;
}

const generatorNodes = (graph: Graph) => downstreamOfType(graph, 'latentNoise', 'generatorOutput');
const realImageNodes = (graph: Graph) => downstreamOfType(graph, 'imageDataset');

/** Returns the inferred output shapes of the generator's nodes of `type`, null where inference failed. */
function generatorShapes(context: LessonContext, type: string) {
  const inGenerator = generatorNodes(context.graph);
  return context.graph.nodes
    .filter((n) => n.type === type && inGenerator.has(n.id))
    .map((n) => context.analysis.nodes.get(n.id)?.outputShape ?? null);
}

/** Returns the node wired into the output node of `outputType`, when there is exactly one. */
function lastBefore(context: LessonContext, outputType: string) {
  const output = context.graph.nodes.find((n) => n.type === outputType);
  const inputs = output ? inputsOf(context.graph, output.id) : [];
  return inputs.length === 1 ? inputs[0] : undefined;
}

/** True when the generator's hidden activations (all but a Tanh) are at least two LeakyReLUs. */
function hasLeakyGenerator(graph: Graph): boolean {
  const inGenerator = generatorNodes(graph);
  const hidden = graph.nodes.filter(
    (n) => n.type === 'activation' && inGenerator.has(n.id) && !isActivation(n, 'tanh'),
  );
  return hidden.length >= 2 && hidden.every((n) => isActivation(n, 'leakyRelu'));
}

/** Trained steps that count as a run worth looking at. */
const RUN_STEPS = 200;

/** True when the latest run reached RUN_STEPS with a leaky (or, with `leaky` false, a plain) generator. */
const ranLongEnough = ({ run }: LessonContext, leaky: boolean) =>
  run !== null && run.steps >= RUN_STEPS && hasLeakyGenerator(run.graph) === leaky;

const generatorLesson: Lesson = {
  id: 'build-generator',
  title: { en: 'Build the generator', ru: 'Собираем генератор' },
  summary: {
    en: 'The discriminator is ready. Turn 100 numbers of noise into a 28×28 digit.',
    ru: 'Дискриминатор готов. Превратите 100 чисел шума в цифру 28×28.',
  },
  start: startPreset('build-generator', buildGenerator),
  steps: [
    {
      id: 'dense',
      text: {
        en: 'Drag a Dense layer onto the canvas and connect Latent noise to it.',
        ru: 'Перетащите на холст слой Dense и соедините с ним Latent noise.',
      },
      isDone: ({ graph }) =>
        graph.nodes.some(
          (n) => n.type === 'dense' && inputsOf(graph, n.id).some((i) => i.type === 'latentNoise'),
        ),
    },
    {
      id: 'reshape',
      text: {
        en: 'Add a Reshape after it with target shape 7, 7, 128, and set the Dense units to 6272 (7 × 7 × 128) so the vector becomes a small image.',
        ru: 'Добавьте после него Reshape с формой 7, 7, 128 и задайте Dense 6272 нейрона (7 × 7 × 128), чтобы вектор стал маленьким изображением.',
      },
      isDone: (context) => generatorShapes(context, 'reshape').some((s) => s?.length === 3),
    },
    {
      id: 'upsample',
      text: {
        en: 'Add a Conv2DTranspose with stride 2 and padding same: it doubles the image, 7×7 → 14×14.',
        ru: 'Добавьте Conv2DTranspose со stride 2 и padding same: он удваивает изображение, 7×7 → 14×14.',
      },
      isDone: (context) =>
        generatorShapes(context, 'conv2dTranspose').some((s) => s?.[0] === 14 && s[1] === 14),
    },
    {
      id: 'finish',
      text: {
        en: 'Reach 28×28×1 with a second Conv2DTranspose of 1 filter, add a Tanh activation and connect it to Generator output. Train becomes available.',
        ru: 'Дойдите до 28×28×1 вторым Conv2DTranspose с 1 фильтром, добавьте активацию Tanh и соедините её с Generator output. Кнопка обучения станет доступна.',
      },
      isDone: (context) =>
        context.analysis.gan !== null && isActivation(lastBefore(context, 'generatorOutput'), 'tanh'),
    },
  ],
};

const discriminatorLesson: Lesson = {
  id: 'build-discriminator',
  title: { en: 'Build the discriminator', ru: 'Собираем дискриминатор' },
  summary: {
    en: 'The generator is ready. Build the network that tells real digits from generated ones.',
    ru: 'Генератор готов. Соберите сеть, которая отличает настоящие цифры от сгенерированных.',
  },
  start: startPreset('build-discriminator', buildDiscriminator),
  steps: [
    {
      id: 'conv',
      text: {
        en: 'Add a Conv2D and connect both Image dataset and Generator output to it: the discriminator sees real and generated images.',
        ru: 'Добавьте Conv2D и соедините с ним и Image dataset, и Generator output: дискриминатор видит настоящие и сгенерированные изображения.',
      },
      isDone: ({ graph }) =>
        graph.nodes.some((n) => {
          const types = inputsOf(graph, n.id).map((i) => i.type);
          return n.type === 'conv2d' && types.includes('imageDataset') && types.includes('generatorOutput');
        }),
    },
    {
      id: 'leaky',
      text: {
        en: 'Connect a LeakyReLU after the first Conv2D (Activation, function leakyRelu, slope 0.2).',
        ru: 'Поставьте LeakyReLU после первого Conv2D (Activation, функция leakyRelu, наклон 0.2).',
      },
      isDone: (context) => {
        const real = realImageNodes(context.graph);
        return context.graph.nodes.some(
          (n) =>
            isActivation(n, 'leakyRelu') &&
            real.has(n.id) &&
            inputsOf(context.graph, n.id).some((i) => i.type === 'conv2d'),
        );
      },
    },
    {
      id: 'score',
      text: {
        en: 'Add Flatten, then a Dense layer with 1 unit, to turn the feature maps into one score per image.',
        ru: 'Добавьте Flatten, затем Dense с 1 нейроном, чтобы карты признаков стали одной оценкой на изображение.',
      },
      isDone: (context) => {
        const real = realImageNodes(context.graph);
        return context.graph.nodes.some(
          (n) =>
            n.type === 'dense' &&
            n.params.units === 1 &&
            real.has(n.id) &&
            inputsOf(context.graph, n.id).some((i) => i.type === 'flatten'),
        );
      },
    },
    {
      id: 'sigmoid',
      text: {
        en: 'End with a Sigmoid activation connected to Discriminator output, so the score becomes a probability. Train becomes available.',
        ru: 'Закончите активацией Sigmoid, соединённой с Discriminator output, чтобы оценка стала вероятностью. Кнопка обучения станет доступна.',
      },
      isDone: (context) =>
        context.analysis.gan !== null &&
        isActivation(lastBefore(context, 'discriminatorOutput'), 'sigmoid'),
    },
  ],
};

const activationLesson: Lesson = {
  id: 'relu-vs-leaky-relu',
  title: { en: 'ReLU vs LeakyReLU', ru: 'ReLU против LeakyReLU' },
  summary: {
    en: 'Train the same generator with ReLU and with LeakyReLU and compare the runs.',
    ru: 'Обучите один и тот же генератор с ReLU и с LeakyReLU и сравните запуски.',
  },
  start: startPreset('relu-vs-leaky-relu', reluGenerator),
  steps: [
    {
      id: 'train-relu',
      text: {
        en: `Train the ReLU generator for at least ${RUN_STEPS} steps. Watch the samples and the share of dead units in its activations.`,
        ru: `Обучите генератор с ReLU хотя бы ${RUN_STEPS} шагов. Следите за образцами и долей мёртвых нейронов в его активациях.`,
      },
      isDone: (context) => ranLongEnough(context, false),
    },
    {
      id: 'switch',
      text: {
        en: 'Stop training, then switch both hidden activations of the generator from relu to leakyRelu with slope 0.2.',
        ru: 'Остановите обучение и переключите обе скрытые активации генератора с relu на leakyRelu с наклоном 0.2.',
      },
      isDone: (context) => hasLeakyGenerator(context.graph),
    },
    {
      id: 'train-leaky',
      text: {
        en: `Reset the weights and train the LeakyReLU generator for ${RUN_STEPS} steps too.`,
        ru: `Сбросьте веса и обучите генератор с LeakyReLU тоже ${RUN_STEPS} шагов.`,
      },
      isDone: (context) => ranLongEnough(context, true),
    },
    {
      id: 'compare',
      text: {
        en: 'Open Compare runs and put the two runs side by side: which losses are steadier, which digits look better?',
        ru: 'Откройте сравнение запусков и поставьте два запуска рядом: чьи потери стабильнее, чьи цифры лучше?',
      },
      isDone: (context) => context.savedRuns >= 2,
    },
  ],
};

/** The lessons in the order a workshop takes them. */
export const LESSONS: readonly Lesson[] = [generatorLesson, discriminatorLesson, activationLesson];
