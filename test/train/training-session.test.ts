import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGan } from '../../src/compile/compile-gan';
import { DEFAULT_TRAINING } from '../../src/schema/preset';
import { GanTrainer } from '../../src/train/gan-trainer';
import type { TrainingEvent } from '../../src/train/protocol';
import { ActivationProbe } from '../../src/train/activation-probe';
import { tileSamples } from '../../src/train/sample-grid';
import { TrainingSession } from '../../src/train/training-session';
import { mlpGan } from '../support/graphs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function startSession(images: tf.Tensor4D, withActivations = false) {
  const events: TrainingEvent[] = [];
  const trainer = new GanTrainer(compileGan(mlpGan()), images, { ...DEFAULT_TRAINING, batchSize: 4 });
  const activations = withActivations
    ? {
        probe: new ActivationProbe(trainer.generator, trainer.discriminator, { generator: ['g2'], discriminator: ['d3'] }),
        realImages: images,
      }
    : null;
  const options = {
    sampleEvery: 3,
    sampleCount: 4,
    sampleInterval: Number.POSITIVE_INFINITY,
    activationInterval: Number.POSITIVE_INFINITY,
  };
  const session = new TrainingSession(trainer, (e) => events.push(e), options, activations);
  const dispose = () => {
    session.dispose();
    trainer.dispose();
    images.dispose();
  };
  return { events, session, trainer, dispose };
}

describe('TrainingSession', () => {
  it('reports every step once, in order, and sample grids', async () => {
    const { events, session, dispose } = startSession(tf.randomUniform([8, 28, 28, 1], -1, 1) as tf.Tensor4D);
    const outcome = await session.run(7);
    dispose();

    expect(outcome).toBe('finished');
    const steps = events.flatMap((e) => (e.type === 'metrics' ? e.metrics.map((m) => m.step) : []));
    expect(steps).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const grids = events.filter((e) => e.type === 'samples');
    expect(grids.map((e) => e.type === 'samples' && e.grid.step)).toEqual([3, 6]);
    // 2 x 2 images of 28 pixels with a 2-pixel gap
    const grid = grids[0].type === 'samples' ? grids[0].grid : null;
    expect(grid!.width).toBe(58);
    expect(grid!.pixels.length).toBe(58 * 58 * 4);
  });

  it('reports how varied the samples are and how much they changed', async () => {
    const { events, session, dispose } = startSession(tf.randomUniform([8, 28, 28, 1], -1, 1) as tf.Tensor4D);
    await session.emitSamples();
    await session.emitSamples();
    await session.run(3);
    dispose();

    const checks = events.flatMap((e) => (e.type === 'samples' ? [e.check] : []));
    expect(checks.map((c) => c.step)).toEqual([0, 0, 3]);
    // The same weights give the same images, then one step of Adam changes them.
    expect(checks[0].change).toBeNull();
    expect(checks[1].change).toBe(0);
    expect(checks[2].change).toBeGreaterThan(0);
    for (const check of checks) expect(check.spread).toBeGreaterThan(0);
  });

  it('measures the activations when asked for samples outside a run', async () => {
    const { events, session, dispose } = startSession(tf.randomUniform([8, 28, 28, 1], -1, 1) as tf.Tensor4D, true);
    await session.emitSamples();
    await session.run(6);
    dispose();

    // Measured once outside the run, then never during it (the interval is infinite) until the
    // loop has stopped, which run() does not ask for.
    const measured = events.flatMap((e) => (e.type === 'activations' ? [e] : []));
    expect(measured.map((e) => [e.step, Object.keys(e.stats)])).toEqual([[0, ['g2', 'd3']]]);
    expect(measured[0].stats.g2.units).toBe(16);
    expect(measured[0].stats.d3.units).toBe(16);
  });

  it('walks between two fixed noise batches', async () => {
    const { session, trainer, dispose } = startSession(tf.randomUniform([8, 28, 28, 1], -1, 1) as tf.Tensor4D);
    const ends = [43, 44].map((seed) => {
      const images = trainer.generate(trainer.noise(4, seed));
      const grid = tileSamples(images.dataSync() as Float32Array, images.shape, 4, 0);
      images.dispose();
      return grid;
    });
    const start = await session.walkLatent(0);
    const end = await session.walkLatent(1);
    const middle = await session.walkLatent(0.5);
    dispose();

    // The default seed is 42, and the walk goes from seed 43's vectors to seed 44's.
    expect(start).toEqual(ends[0]);
    expect(end).toEqual(ends[1]);
    expect(middle.width).toBe(4 * 28 + 3 * 2);
    expect(middle.pixels).not.toEqual(start.pixels);
  });

  it('leaks no tensors over a run', async () => {
    const { session, dispose } = startSession(tf.randomUniform([8, 28, 28, 1], -1, 1) as tf.Tensor4D);
    await session.run(3);
    const before = tf.memory().numTensors;
    await session.run(20);
    expect(tf.memory().numTensors).toBe(before);
    dispose();
  });

  it('stops at the first non-finite loss and names the step', async () => {
    const { events, session, dispose } = startSession(tf.fill([8, 28, 28, 1], Number.NaN) as tf.Tensor4D);
    const outcome = await session.run(5);
    dispose();

    expect(outcome).toBe('failed');
    expect(events.filter((e) => e.type === 'metrics')).toEqual([]);
    expect(events.at(-1)).toEqual({
      type: 'error',
      step: 1,
      message:
        'Training stopped at step 1: the discriminator loss is NaN. Lower the learning rates, ' +
        'or add BatchNormalization to the generator, then reset the weights and train again.',
    });
  });
});
