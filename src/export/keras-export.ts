import type { DatasetName } from '../../nodes';
import { GraphHasErrors } from '../compile/compile-gan';
import { analyzeGraph } from '../graph/analyze';
import type { GanStructure } from '../graph/gan-structure';
import type { Preset } from '../schema/preset';
import { planKerasNetworks, type KerasNetwork, type KerasNetworkLayer } from './keras-network';
import { KERAS_IMPORTS, KERAS_INITIALIZER, KERAS_TRAINING } from './keras-script-parts';
import { commentLines, commentText, formatCount, pythonLiteral, pythonString } from './python-source';

/** The fields of a preset that the export reads, which every preset version has. */
export type ExportablePreset = Pick<
  Preset,
  'name' | 'description' | 'nodes' | 'connections' | 'training'
>;

/** The module of `keras.datasets` that contains each Ganvas dataset. */
const KERAS_DATASETS: Record<DatasetName, string> = {
  mnist: 'mnist',
  fashionMnist: 'fashion_mnist',
};

/** Width of the generated Python, in characters. */
const LINE_WIDTH = 100;

/**
 * Writes a Python script that builds the preset's generator and discriminator with the Keras 3
 * functional API (the same layers, order, arguments, names and initialization as the tfjs
 * models of compileGan) and trains them as Ganvas does, under tf.distribute.MirroredStrategy.
 * User text (the preset's name and description, node labels) appears only in comments.
 * Throws GraphHasErrors when the graph has errors.
 *
 * NOTE: tests check the script by parsing it with Python's `ast`. It has never been run with
 * TensorFlow, so how it behaves with a given Keras 3 release is untested.
 */
export function exportKerasScript(preset: ExportablePreset): string {
  const analysis = analyzeGraph(preset);
  const gan = analysis.gan;
  if (!gan) throw new GraphHasErrors(analysis);
  const { generator, discriminator } = planKerasNetworks(preset, analysis, gan);

  const sections = [
    [...header(preset, generator, discriminator), '', KERAS_IMPORTS].join('\n'),
    constants(preset, gan, generator, discriminator),
    KERAS_INITIALIZER,
    modelFunction(generator, 'latent vectors of LATENT_SIZE values to images of IMAGE_SHAPE'),
    modelFunction(discriminator, 'images of IMAGE_SHAPE to one score each'),
    KERAS_TRAINING,
  ];
  return `${sections.join('\n\n\n')}\n`;
}

function header(
  preset: ExportablePreset,
  generator: KerasNetwork,
  discriminator: KerasNetwork,
): string[] {
  const lines = [
    `# Keras version of the Ganvas preset "${commentText(preset.name)}", exported by Ganvas.`,
    ...commentLines(preset.description, LINE_WIDTH),
    '#',
    `# Parameters: generator ${formatCount(generator.paramCount)}, ` +
      `discriminator ${formatCount(discriminator.paramCount)}.`,
    '# These are the trainable and non-trainable weights that countParams() of the TensorFlow.js',
    '# models counts, and the script checks that Keras counts the same.',
    '#',
    '# Requires TensorFlow 2.16 or later with Keras 3. Trains on every GPU that',
    '# tf.distribute.MirroredStrategy finds, or on the CPU when there is none:',
    '#     python this_script.py --steps 10000 --out keras-run',
  ];
  const layers = [...generator.layers, ...discriminator.layers];
  if (layers.some((layer) => layer.call.className === 'Dropout')) {
    lines.push('# Keras 3.7.0 fails to build Dropout layers inside MirroredStrategy.scope():');
    lines.push('# use another Keras 3 release.');
  }
  return lines;
}

function constants(
  preset: ExportablePreset,
  gan: GanStructure,
  generator: KerasNetwork,
  discriminator: KerasNetwork,
): string {
  const dataset = KERAS_DATASETS[gan.datasetName as DatasetName];
  if (!dataset) throw new Error(`no Keras dataset for ${gan.datasetName}`);
  const { training } = preset;
  const scoreComment =
    gan.outputKind === 'logits'
      ? '# The discriminator ends without a sigmoid, so its outputs are logits.'
      : '# The discriminator ends in a sigmoid, so its outputs are probabilities.';
  return [
    `LATENT_SIZE = ${pythonLiteral(gan.latentSize)}`,
    `IMAGE_SHAPE = ${pythonLiteral(gan.imageShape)}`,
    '# A module of keras.datasets; its training images are the real images.',
    `DATASET = ${pythonString(dataset)}`,
    scoreComment,
    `FROM_LOGITS = ${pythonLiteral(gan.outputKind === 'logits')}`,
    `BATCH_SIZE_PER_REPLICA = ${pythonLiteral(training.batchSize)}`,
    `GENERATOR_LEARNING_RATE = ${pythonLiteral(training.generatorLearningRate)}`,
    `DISCRIMINATOR_LEARNING_RATE = ${pythonLiteral(training.discriminatorLearningRate)}`,
    `BETA_1 = ${pythonLiteral(training.beta1)}`,
    `SEED = ${pythonLiteral(training.seed)}`,
    `GENERATOR_PARAMS = ${pythonLiteral(generator.paramCount)}`,
    `DISCRIMINATOR_PARAMS = ${pythonLiteral(discriminator.paramCount)}`,
  ].join('\n');
}

/** Writes `build_<network>()`, which returns the network as a functional Keras model. */
function modelFunction(network: KerasNetwork, purpose: string): string {
  const input = network.inputName;
  const lines = [
    `def build_${network.name}():`,
    `    """Build the ${network.name}: ${purpose}."""`,
    `    ${input} = keras.Input(` +
      `shape=${pythonLiteral(network.inputShape)}, name=${pythonString(input)})`,
    `    x = ${input}`,
  ];
  for (const layer of network.layers) lines.push(...layerLines(layer));
  lines.push(`    return keras.Model(inputs=${input}, outputs=x, name=${pythonString(network.name)})`);
  return lines.join('\n');
}

/**
 * Writes one layer as `x = layers.Dense(...)(x)` with its output shape and parameter count in a
 * comment on its last line. Arguments that do not fit on one line of LINE_WIDTH go on a line
 * of their own, or else one per line.
 */
function layerLines(layer: KerasNetworkLayer): string[] {
  const lines: string[] = [];
  const label = layer.label === undefined ? '' : commentText(layer.label);
  if (label !== '') lines.push(`    # ${label}`);

  const args = [...layer.call.keywords, ['name', pythonString(layer.name)]].map(([k, v]) => `${k}=${v}`);
  const shape = `(${['None', ...layer.outputShape].join(', ')})`;
  const comment = `# ${shape}, ${formatCount(layer.paramCount)} params`;
  const open = `    x = layers.${layer.call.className}(`;
  const close = `)(x)  ${comment}`;

  const oneLine = `${open}${args.join(', ')}${close}`;
  if (oneLine.length <= LINE_WIDTH) return [...lines, oneLine];
  const argsLine = `        ${args.join(', ')}`;
  if (argsLine.length <= LINE_WIDTH) return [...lines, open, argsLine, `    ${close}`];
  return [...lines, open, ...args.map((arg) => `        ${arg},`), `    ${close}`];
}
