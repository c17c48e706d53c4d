import { describe, expect, it } from 'vitest';
import type { TrainingEvent } from '../../../src/train/protocol';
import {
  describeTrainingChange,
  type TrainingLogCursor,
} from '../../../src/ui/debug/training-entries';
import {
  applyTrainingEvent,
  initialTrainingSnapshot,
  type TrainingSnapshot,
} from '../../../src/ui/store/training-store';

const metrics = (...steps: number[]): TrainingEvent => ({
  type: 'metrics',
  stepsPerSecond: 2,
  metrics: steps.map((step) => ({
    step,
    discriminatorLoss: 1.25,
    generatorLoss: 0.5,
    realScore: 0.75,
    fakeScore: 0.0625,
  })),
});

/** Applies events one at a time, as the controller publishes urgent ones, and logs each. */
function run(events: TrainingEvent[], start: TrainingSnapshot = initialTrainingSnapshot()) {
  let cursor: TrainingLogCursor = { snapshot: start, metricStep: null };
  const messages: string[] = [];
  for (const event of events) {
    const next = applyTrainingEvent(cursor.snapshot, event);
    const result = describeTrainingChange(cursor, next);
    cursor = result.cursor;
    for (const d of result.drafts) {
      messages.push(`${d.kind} ${d.message.key} ${JSON.stringify(d.message.values)}`);
    }
  }
  return { messages, cursor };
}

describe('describeTrainingChange', () => {
  it('logs a run from start to pause', () => {
    const { messages } = run([
      { type: 'state', state: 'preparing', step: 0 },
      { type: 'backend', backend: 'webgl', notes: ['WebGPU is not available'] },
      { type: 'state', state: 'running', step: 0 },
      { type: 'state', state: 'paused', step: 40 },
    ]);

    expect(messages).toEqual([
      'event preparing {}',
      'event backend {"backend":"WebGL"}',
      'event backendNote {"note":"WebGPU is not available"}',
      'event started {"backend":"WebGL","step":0}',
      'event paused {"step":40}',
    ]);
  });

  it('logs resume, stop and reset', () => {
    const { messages } = run([
      { type: 'state', state: 'paused', step: 5 },
      { type: 'state', state: 'running', step: 5 },
      { type: 'state', state: 'stopped', step: 9 },
      { type: 'state', state: 'idle', step: 0 },
    ]);

    expect(messages).toEqual([
      'event paused {"step":5}',
      'event resumed {"step":5}',
      'event stopped {"step":9}',
      'event reset {}',
    ]);
  });

  it('logs an error and then the failure', () => {
    const { messages } = run([
      { type: 'state', state: 'running', step: 0 },
      { type: 'error', message: 'The discriminator loss is NaN', step: 12 },
      { type: 'state', state: 'failed', step: 12 },
    ]);

    expect(messages).toEqual([
      'event started {"backend":"?","step":0}',
      'error error {"step":12,"message":"The discriminator loss is NaN"}',
      'error failed {"step":12}',
    ]);
  });

  it('batches the metrics of one snapshot', () => {
    const { messages, cursor } = run([metrics(1, 2, 3), metrics(4)]);

    const values =
      '"discriminatorLoss":"1.250","generatorLoss":"0.500","realScore":"0.750","fakeScore":"0.063"';
    expect(messages).toEqual([
      `metrics metrics {"step":3,"count":3,${values}}`,
      `metrics metrics {"step":4,"count":1,${values}}`,
    ]);
    expect(cursor.metricStep).toBe(4);
  });

  it('counts every step of a new run', () => {
    const { messages } = run([metrics(7, 8), metrics(1, 2)]);

    expect(messages.map((m) => m.slice(0, 40))).toEqual([
      'metrics metrics {"step":8,"count":2,"dis',
      'metrics metrics {"step":2,"count":2,"dis',
    ]);
  });

  it('logs nothing for progress and samples', () => {
    const { messages } = run([
      { type: 'progress', phase: 'dataset', loaded: 1, total: 2, message: 'Loading' },
      {
        type: 'samples',
        grid: { step: 0, width: 1, height: 1, pixels: new Uint8ClampedArray(4) },
        check: { step: 0, spread: 0.5, change: null },
      },
    ]);
    expect(messages).toEqual([]);
  });
});
