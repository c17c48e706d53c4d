import { describe, expect, it } from 'vitest';
import { deadShare, summarizeActivations } from '../../src/insight/activation-stats';

describe('summarizeActivations', () => {
  it('counts units that are zero for every example as dead', () => {
    // Two examples of three units; units 0 and 2 are zero in both.
    const stats = summarizeActivations([0, 1, 0, 0, 2, 0], 2, 2);
    expect(stats).toEqual({ min: 0, max: 2, counts: [4, 2], deadUnits: 2, units: 3 });
    expect(deadShare(stats)).toBeCloseTo(2 / 3, 12);
  });

  it('does not count a unit that is non-zero for one example', () => {
    const stats = summarizeActivations([0, 1, 0, 0, 2, -1], 2, 3);
    expect(stats.deadUnits).toBe(1);
    expect(stats.min).toBe(-1);
    // Bins of width 1 from -1: [-1, 0) contains -1, [0, 1) the three zeros, [1, 2] contains 1 and 2.
    expect(stats.counts).toEqual([1, 3, 2]);
  });

  it('puts every value in one bin when all are equal', () => {
    expect(summarizeActivations([0.5, 0.5, 0.5, 0.5], 4, 3).counts).toEqual([4, 0, 0]);
  });

  it('refuses values that do not split into the batch', () => {
    expect(() => summarizeActivations([1, 2, 3], 2)).toThrow('3 values do not split into 2 examples');
  });

  it('gives a share of 0 for a layer without units', () => {
    expect(deadShare(summarizeActivations([], 1))).toBe(0);
  });
});
