import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compileGan } from '../../src/compile/compile-gan';
import { DEFAULT_TRAINING } from '../../src/schema/preset';
import { GanTrainer } from '../../src/train/gan-trainer';
import { applyLiveEdit, updateRunLive } from '../../src/train/live-update';
import { mlpGan, setParam } from '../support/graphs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

let trainer: GanTrainer;
let images: tf.Tensor4D;
afterEach(() => {
  trainer.dispose();
  images.dispose();
});

/** A trainer of the MLP GAN, whose layer g2 is a LeakyReLU with slope 0.2 after Dense g1. */
function makeTrainer(): GanTrainer {
  images = tf.randomUniform([8, 28, 28, 1], -1, 1) as tf.Tensor4D;
  trainer = new GanTrainer(compileGan(mlpGan()), images, { ...DEFAULT_TRAINING, batchSize: 4 });
  return trainer;
}

/** Runs the generator from noise up to layer g1 (Dense) and g2 (LeakyReLU) on one batch. */
function denseAndLeaky(trainer: GanTrainer, noise: tf.Tensor2D): { dense: number[]; leaky: number[] } {
  const generator = trainer.generator;
  const probe = tf.model({
    inputs: generator.inputs,
    outputs: [generator.getLayer('generator_g1').output, generator.getLayer('generator_g2').output] as tf.SymbolicTensor[],
  });
  const [dense, leaky] = probe.predict(noise) as tf.Tensor[];
  const values = { dense: Array.from(dense.dataSync()), leaky: Array.from(leaky.dataSync()) };
  tf.dispose([dense, leaky]);
  return values;
}

const trainableValues = (model: tf.LayersModel) =>
  model.trainableWeights.flatMap((w) => Array.from(w.read().dataSync()));

describe('applyLiveEdit', () => {
  it('gives the compiled generator the new LeakyReLU slope', () => {
    makeTrainer();
    const noise = tf.tensor2d([[1, -2, 0.5, 3, -1, 0, 2, -0.5]]);
    const before = denseAndLeaky(trainer, noise);
    expect(before.dense.some((v) => v < 0)).toBe(true);
    expect(before.leaky).toEqual(before.dense.map((v) => (v < 0 ? Math.fround(0.2 * v) : v)));

    applyLiveEdit(trainer, {
      kind: 'live',
      params: [{ nodeId: 'g2', param: 'alpha', value: 0.05 }],
      settings: {},
    });

    const after = denseAndLeaky(trainer, noise);
    expect(after.dense).toEqual(before.dense);
    expect(after.leaky).toEqual(before.dense.map((v) => (v < 0 ? Math.fround(0.05 * v) : v)));
    noise.dispose();
  });

  it('uses a new learning rate at the next step', () => {
    makeTrainer();
    applyLiveEdit(trainer, {
      kind: 'live',
      params: [],
      settings: { generatorLearningRate: 0.05 },
    });
    // Adam's first step moves each weight by lr * g / (|g| + epsilon), so the largest move is lr.
    const initial = trainableValues(trainer.generator);
    tf.dispose(trainer.generatorStep());
    const afterFirst = trainableValues(trainer.generator);
    const largestMove = Math.max(...afterFirst.map((v, i) => Math.abs(v - initial[i])));
    expect(largestMove).toBeCloseTo(0.05, 5);

    applyLiveEdit(trainer, { kind: 'live', params: [], settings: { generatorLearningRate: 0 } });
    tf.dispose(trainer.generatorStep());
    expect(trainableValues(trainer.generator)).toEqual(afterFirst);
  });

  it('changes the rate of a Dropout layer', () => {
    const graph = mlpGan();
    graph.nodes.push({ id: 'drop', type: 'dropout', params: { rate: 0.3 }, position: { x: 0, y: 0 } });
    graph.connections = graph.connections.filter((c) => c.source !== 'd3');
    graph.connections.push(
      { source: 'd3', sourceOutput: 'out', target: 'drop', targetInput: 'in' },
      { source: 'drop', sourceOutput: 'out', target: 'd4', targetInput: 'in' },
    );
    images = tf.randomUniform([8, 28, 28, 1], -1, 1) as tf.Tensor4D;
    trainer = new GanTrainer(compileGan(graph), images, { ...DEFAULT_TRAINING, batchSize: 4 });

    applyLiveEdit(trainer, { kind: 'live', params: [{ nodeId: 'drop', param: 'rate', value: 0.6 }], settings: {} });

    const layer = trainer.discriminator.getLayer('discriminator_drop').getConfig();
    expect(layer.rate).toBe(0.6);
  });
});

describe('updateRunLive', () => {
  it('applies a slope and keeps the new setup', () => {
    const run = { trainer: makeTrainer(), setup: { graph: mlpGan(), training: DEFAULT_TRAINING } };
    const edited = { graph: setParam(mlpGan(), 'g2', 'alpha', 0.05), training: DEFAULT_TRAINING };

    expect(updateRunLive(run, edited)).toBe('applied');

    expect(run.setup).toBe(edited);
    expect(trainer.generator.getLayer('generator_g2').getConfig().alpha).toBe(0.05);
  });

  it('leaves the run alone for a structural edit', () => {
    const setup = { graph: mlpGan(), training: DEFAULT_TRAINING };
    const run = { trainer: makeTrainer(), setup };
    const edited = {
      graph: setParam(setParam(mlpGan(), 'g2', 'alpha', 0.05), 'g1', 'units', 8),
      training: DEFAULT_TRAINING,
    };

    expect(updateRunLive(run, edited)).toBe('structural');

    expect(run.setup).toBe(setup);
    expect(trainer.generator.getLayer('generator_g2').getConfig().alpha).toBe(0.2);
  });
});
