import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGan } from '../../src/compile/compile-gan';
import { DEFAULT_TRAINING } from '../../src/schema/preset';
import { GanTrainer } from '../../src/train/gan-trainer';
import type { TrainingEvent } from '../../src/train/protocol';
import { TrainingSession } from '../../src/train/training-session';
import { mlpGan } from '../support/graphs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function startSession(images: tf.Tensor4D) {
  const events: TrainingEvent[] = [];
  const trainer = new GanTrainer(compileGan(mlpGan()), images, { ...DEFAULT_TRAINING, batchSize: 4 });
  const session = new TrainingSession(trainer, (e) => events.push(e), { sampleEvery: 3, sampleCount: 4, sampleInterval: Number.POSITIVE_INFINITY });
  const dispose = () => {
    session.dispose();
    trainer.dispose();
    images.dispose();
  };
  return { events, session, dispose };
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
