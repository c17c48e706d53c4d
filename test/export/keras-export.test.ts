import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultParams, NODE_TYPES } from '../../nodes';
import { compileGan, GraphHasErrors, type CompiledGan } from '../../src/compile/compile-gan';
import { exportKerasScript, type ExportablePreset } from '../../src/export/keras-export';
import { kerasLayerCall } from '../../src/export/keras-layers';
import { parsePreset } from '../../src/presets/preset-file';
import { DEFAULT_TRAINING, type Graph, type Preset } from '../../src/schema/preset';
import { mlpGan } from '../support/graphs';
import { inspectPythonScript, type PythonCall, type PythonScriptInspection } from './python';

const presetDir = join(import.meta.dirname, '..', '..', 'presets');
const presetFiles = readdirSync(presetDir).filter((file) => file.endsWith('.json')).sort();

/** The module of keras.datasets that each Ganvas dataset should load. */
const KERAS_DATASETS: Record<string, string> = { mnist: 'mnist', fashionMnist: 'fashion_mnist' };

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function readPreset(file: string): Preset {
  const result = parsePreset(readFileSync(join(presetDir, file), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
  return result.preset;
}

function presetOf(graph: Graph): ExportablePreset {
  return { name: 'Test GAN', description: '', training: DEFAULT_TRAINING, ...graph };
}

const layerCalls = (inspection: PythonScriptInspection, scope: string): PythonCall[] =>
  inspection.calls.filter((call) => call.scope === scope && call.function?.startsWith('layers.'));

/** The Keras arguments that match a tfjs layer's config, as the script should write them. */
function expectedKeywords(layer: tf.layers.Layer): Record<string, unknown> {
  const config = layer.getConfig() as Record<string, any>;
  const square = ([height, width]: number[]) => (height === width ? height : [height, width]);
  const initializer = (spec: { className: string; config: Record<string, unknown> }) => {
    const { scale, mode, distribution } = spec.config;
    const glorotNormal =
      spec.className === 'VarianceScaling' && scale === 1 && mode === 'fanAvg' && distribution === 'normal';
    return glorotNormal ? { call: 'tfjs_glorot_normal' } : { unexpected: spec };
  };
  const name = layer.name;
  switch (layer.getClassName()) {
    case 'Dense':
      return {
        units: config.units,
        use_bias: config.useBias,
        kernel_initializer: initializer(config.kernelInitializer),
        name,
      };
    case 'Conv2D':
    case 'Conv2DTranspose':
      return {
        filters: config.filters,
        kernel_size: square(config.kernelSize),
        strides: square(config.strides),
        padding: config.padding,
        use_bias: config.useBias,
        kernel_initializer: initializer(config.kernelInitializer),
        name,
      };
    case 'BatchNormalization':
      return { momentum: config.momentum, epsilon: config.epsilon, name };
    case 'Dropout':
      return { rate: config.rate, name };
    case 'Activation':
      return { activation: config.activation, name };
    case 'LeakyReLU':
      return { negative_slope: config.alpha, name };
    case 'Reshape':
      return { target_shape: config.targetShape, name };
    case 'Flatten':
      return { name };
    default:
      throw new Error(`the test knows no Keras arguments for ${layer.getClassName()}`);
  }
}

/** Reads `# (None, 7, 7, 128), 1,234 params` as a tfjs output shape and a count. */
function parseLayerComment(comment: string | null): { shape: (number | null)[]; params: number } {
  const match = /^# \(([^)]*)\), ([\d,]+) params$/.exec(comment ?? '');
  if (!match) throw new Error(`layer comment ${JSON.stringify(comment)} is not "# (shape), N params"`);
  const shape = match[1].split(', ').map((dim) => (dim === 'None' ? null : Number(dim)));
  return { shape, params: Number(match[2].replaceAll(',', '')) };
}

describe.each(presetFiles)('Keras export of %s', (file) => {
  let preset: Preset;
  let gan: CompiledGan;
  let inspection: PythonScriptInspection;

  beforeAll(() => {
    preset = readPreset(file);
    gan = compileGan(preset);
    inspection = inspectPythonScript(exportKerasScript(preset));
    return () => {
      gan.generator.dispose();
      gan.discriminator.dispose();
    };
  });

  it.for(['generator', 'discriminator'] as const)('%s layers match tfjs in order', (network) => {
    const model = gan[network];
    const tfjsLayers = model.layers.filter((layer) => layer.getClassName() !== 'InputLayer');
    const calls = layerCalls(inspection, `build_${network}`);

    const expectedFunctions = tfjsLayers.map((layer) => `layers.${layer.getClassName()}`);
    expect(calls.map((call) => call.function)).toEqual(expectedFunctions);
    for (const [i, layer] of tfjsLayers.entries()) {
      expect(calls[i].keywords, layer.name).toEqual(expectedKeywords(layer));
      expect(calls[i].args, layer.name).toEqual([]);
    }
  });

  it.for(['generator', 'discriminator'] as const)('%s layer comments show shape, params', (network) => {
    const tfjsLayers = gan[network].layers.filter((layer) => layer.getClassName() !== 'InputLayer');
    const calls = layerCalls(inspection, `build_${network}`);

    for (const [i, layer] of tfjsLayers.entries()) {
      const { shape, params } = parseLayerComment(calls[i].comment);
      expect(shape, layer.name).toEqual(layer.outputShape);
      expect(params, layer.name).toBe(layer.countParams());
    }
  });

  it.for(['generator', 'discriminator'] as const)('%s input matches the tfjs input', (network) => {
    const input = gan[network].inputs[0];
    const inputs = inspection.calls.filter(
      (call) => call.scope === `build_${network}` && call.function === 'keras.Input',
    );

    expect(inputs).toHaveLength(1);
    expect(inputs[0].keywords.shape).toEqual(input.shape.slice(1));
    expect(inputs[0].keywords.name).toBe(gan[network].inputNames[0]);
  });

  it('header states countParams of both models', () => {
    const header = inspection.comments
      .map((comment) => /^# Parameters: generator ([\d,]+), discriminator ([\d,]+)\.$/.exec(comment))
      .find((match) => match !== null);

    expect(header).toBeDefined();
    expect(Number(header![1].replaceAll(',', ''))).toBe(gan.generator.countParams());
    expect(Number(header![2].replaceAll(',', ''))).toBe(gan.discriminator.countParams());
    expect(inspection.constants.GENERATOR_PARAMS).toBe(gan.generator.countParams());
    expect(inspection.constants.DISCRIMINATOR_PARAMS).toBe(gan.discriminator.countParams());
  });

  it('constants come from the preset and the graph', () => {
    const { constants } = inspection;
    const { structure } = gan;

    expect(constants.LATENT_SIZE).toBe(structure.latentSize);
    expect(constants.IMAGE_SHAPE).toEqual([...structure.imageShape]);
    expect(constants.DATASET).toBe(KERAS_DATASETS[structure.datasetName]);
    expect(constants.FROM_LOGITS).toBe(structure.outputKind === 'logits');
    expect(constants.BATCH_SIZE_PER_REPLICA).toBe(preset.training.batchSize);
    expect(constants.GENERATOR_LEARNING_RATE).toBe(preset.training.generatorLearningRate);
    expect(constants.DISCRIMINATOR_LEARNING_RATE).toBe(preset.training.discriminatorLearningRate);
    expect(constants.BETA_1).toBe(preset.training.beta1);
    expect(constants.SEED).toBe(preset.training.seed);
  });

  it('reads only defined names', () => {
    expect(inspection.undefinedNames).toEqual([]);
  });
});

describe('exportKerasScript', () => {
  it('trains under MirroredStrategy on a distributed dataset', () => {
    const inspection = inspectPythonScript(exportKerasScript(presetOf(mlpGan())));
    const mainCalls = inspection.calls.filter((call) => call.scope === 'main');
    const functions = mainCalls.map((call) => call.function);

    expect(functions).toContain('tf.distribute.MirroredStrategy');
    expect(functions).toContain('strategy.scope');
    expect(functions).toContain('strategy.experimental_distribute_dataset');
    expect(functions).toContain('strategy.run');
    expect(functions).toContain('tf.nn.compute_average_loss');
  });

  it('builds the models and optimizers inside the strategy scope', () => {
    const script = exportKerasScript(presetOf(mlpGan()));
    const scope = /^ {4}with strategy\.scope\(\):\n((?: {8}.*\n|\n)+)/m.exec(script);

    expect(scope).not.toBeNull();
    expect(scope![1]).toContain('build_generator()');
    expect(scope![1]).toContain('build_discriminator()');
    expect(scope![1]).toContain('keras.optimizers.Adam(');
  });

  it.for([
    ['sigmoid', false],
    ['linear', true],
  ] as const)('discriminator ending in %s sets FROM_LOGITS %s', ([end, fromLogits]) => {
    const graph = mlpGan({ discriminatorEnd: end });
    const inspection = inspectPythonScript(exportKerasScript(presetOf(graph)));
    const loss = inspection.calls.find((call) => call.function === 'keras.losses.BinaryCrossentropy');

    expect(inspection.constants.FROM_LOGITS).toBe(fromLogits);
    expect(loss?.keywords.from_logits).toEqual({ expression: 'FROM_LOGITS' });
  });

  it('keeps hostile labels inside comments', () => {
    const graph = mlpGan();
    const cleanScript = exportKerasScript(presetOf(graph));
    const clean = inspectPythonScript(cleanScript);
    const hostileLabels = [
      '"); import os; ("',
      'x\nimport os\nos.system("echo hacked")',
      'a\r\nimport sys',
      'b\rimport sys',
      'c\u2028import sys',
      'd\u0085import sys',
      'nul\u0000byte',
      '\\',
      '""" \'\'\' # comment',
      'right-to-left \u202e override',
    ];
    const labelled = structuredClone(graph);
    labelled.nodes.forEach((node, i) => {
      node.label = hostileLabels[i % hostileLabels.length];
    });
    const hostile = {
      ...presetOf(labelled),
      name: 'GAN\nimport os',
      description: 'first line\nimport os\r\nos.remove("x")',
    };

    const script = exportKerasScript(hostile);
    const inspection = inspectPythonScript(script);

    expect(inspection.dump).toBe(clean.dump);
    expect(inspection.statements).toEqual(clean.statements);
    const importLines = (text: string) => text.split('\n').filter((line) => /^\s*import /.test(line));
    expect(importLines(script)).toEqual(importLines(cleanScript));
    expect(script).not.toMatch(/[\u0000\r\u0085\u2028\u202e]/);
  });

  it('writes a hostile node id as a sanitized layer name', () => {
    const graph = mlpGan();
    const id = 'g1"); import os; ("';
    const renamed: Graph = {
      nodes: graph.nodes.map((node) => (node.id === 'g1' ? { ...node, id } : node)),
      connections: graph.connections.map((c) => ({
        ...c,
        source: c.source === 'g1' ? id : c.source,
        target: c.target === 'g1' ? id : c.target,
      })),
    };
    const gan = compileGan(renamed);
    const tfjsNames = gan.generator.layers.slice(1).map((layer) => layer.name);
    gan.generator.dispose();
    gan.discriminator.dispose();

    const inspection = inspectPythonScript(exportKerasScript(presetOf(renamed)));
    const names = layerCalls(inspection, 'build_generator').map((call) => call.keywords.name);

    expect(names).toEqual(tfjsNames);
    expect(names[0]).toBe('generator_g1____import_os____');
    const clean = inspectPythonScript(exportKerasScript(presetOf(graph)));
    expect(inspection.statements).toEqual(clean.statements);
  });

  it('has a Keras layer for every node type that builds a tfjs layer', () => {
    for (const nodeType of NODE_TYPES.filter((t) => t.buildLayer)) {
      expect(kerasLayerCall(nodeType, defaultParams(nodeType)), nodeType.type).not.toBeNull();
    }
  });

  it('throws GraphHasErrors for a graph with errors', () => {
    const graph = mlpGan();
    graph.connections = graph.connections.filter((c) => c.target !== 'g3');

    expect(() => exportKerasScript(presetOf(graph))).toThrow(GraphHasErrors);
  });
});
