import { describe, expect, it } from 'vitest';
import {
  batchSpread,
  findTrainingWarnings,
  meanAbsoluteChange,
  type SampleCheck,
} from '../../src/insight/training-warnings';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('batchSpread', () => {
  it('is 0 for a batch of identical images', () => {
    const image = [0.1, -0.5, 0.9, 0];
    expect(batchSpread([...image, ...image, ...image], 3)).toBe(0);
  });

  it('averages the spread of each position over the batch', () => {
    // Position 0 contains 1 and -1 (standard deviation 1), position 1 contains 1 and 1 (0).
    expect(batchSpread([1, 1, -1, 1], 2)).toBe(0.5);
  });

  it('refuses values that do not split into the batch', () => {
    expect(() => batchSpread([1, 2, 3], 2)).toThrow('3 values do not split into 2 examples');
  });
});

describe('meanAbsoluteChange', () => {
  it('averages absolute differences', () => {
    expect(meanAbsoluteChange([0, 1, -1, 0], [0.5, 1, 0, 0])).toBe(0.375);
  });
});

describe('findTrainingWarnings', () => {
  it('reports the discriminator winning when D(G(z)) stays near 0 for 50 steps', () => {
    const steps = range(1, 60);
    const fake = steps.map((s) => (s === 10 ? 0.2 : 0.01));
    const [warning, ...others] = findTrainingWarnings(steps, fake, []);
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ code: 'discriminatorWinning', since: 11 });
    if (warning.code !== 'discriminatorWinning') throw new Error(`unexpected ${warning.code}`);
    expect(warning.fakeScore).toBeCloseTo(0.01, 12);
  });

  it('does not report a streak shorter than 50 steps', () => {
    const steps = range(1, 60);
    const fake = steps.map((s) => (s === 12 ? 0.2 : 0.01));
    expect(findTrainingWarnings(steps, fake, [])).toEqual([]);
  });

  it('reports mode collapse when a late batch has nearly no spread', () => {
    const checks: SampleCheck[] = [{ step: 120, spread: 0.01, change: 0.3 }];
    expect(findTrainingWarnings([], [], checks)).toEqual([
      { code: 'modeCollapse', step: 120, spread: 0.01 },
    ]);
  });

  it('does not report a small spread early on or a varied batch', () => {
    expect(findTrainingWarnings([], [], [{ step: 80, spread: 0.01, change: 0.3 }])).toEqual([]);
    expect(findTrainingWarnings([], [], [{ step: 120, spread: 0.3, change: 0.3 }])).toEqual([]);
  });

  it('reports no learning when the samples stop changing for 50 steps', () => {
    const checks: SampleCheck[] = [
      { step: 5, spread: 0.4, change: null },
      { step: 10, spread: 0.4, change: 0.5 },
      ...range(3, 14).map((i) => ({ step: i * 5, spread: 0.4, change: 0.001 })),
    ];
    expect(findTrainingWarnings([], [], checks)).toEqual([
      { code: 'noLearning', since: 10, change: 0.001 },
    ]);
    expect(findTrainingWarnings([], [], checks.slice(0, 11))).toEqual([]);
  });
});
