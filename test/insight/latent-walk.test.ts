import { describe, expect, it } from 'vitest';
import { latentWalk, slerp } from '../../src/insight/latent-walk';

const rounded = (v: Float32Array) => Array.from(v, (x) => Number(x.toFixed(6)));

describe('slerp', () => {
  it('starts at a, ends at b and keeps the length on the way', () => {
    expect(rounded(slerp([1, 0], [0, 1], 0))).toEqual([1, 0]);
    expect(rounded(slerp([1, 0], [0, 1], 1))).toEqual([0, 1]);
    // Halfway along the quarter circle is (cos 45°, sin 45°), not (0.5, 0.5).
    expect(rounded(slerp([1, 0], [0, 1], 0.5))).toEqual([0.707107, 0.707107]);
  });

  it('falls back to a straight line for parallel vectors', () => {
    expect(rounded(slerp([1, 0], [2, 0], 0.5))).toEqual([1.5, 0]);
  });

  it('refuses vectors of different lengths', () => {
    expect(() => slerp([1], [1, 2], 0.5)).toThrow('length 1 and 2');
  });
});

describe('latentWalk', () => {
  it('gives evenly spaced points from a to b', () => {
    const walk = latentWalk([1, 0], [0, 1], 3);
    expect(walk.map(rounded)).toEqual([[1, 0], [0.707107, 0.707107], [0, 1]]);
  });
});
