import { describe, expect, it } from 'vitest';
import { tileSamples } from '../../src/train/sample-grid';

describe('tileSamples', () => {
  it('places images in rows with a gap and maps [-1, 1] to [0, 255]', () => {
    // Three 1x2 grey images: [-1, 1], [0, 0.5], [1, -1]; two columns.
    const values = Float32Array.from([-1, 1, 0, 0.5, 1, -1]);
    const grid = tileSamples(values, [3, 1, 2, 1], 2, 9);
    expect(grid.step).toBe(9);
    expect(grid.width).toBe(2 + 2 + 2);
    expect(grid.height).toBe(1 + 2 + 1);
    const red = (x: number, y: number) => grid.pixels[(y * grid.width + x) * 4];
    const alpha = (x: number, y: number) => grid.pixels[(y * grid.width + x) * 4 + 3];
    expect([red(0, 0), red(1, 0)]).toEqual([0, 255]);
    expect([red(4, 0), red(5, 0)]).toEqual([128, 191]);
    expect([red(0, 3), red(1, 3)]).toEqual([255, 0]);
    expect(alpha(2, 0)).toBe(0);
    expect(alpha(0, 0)).toBe(255);
  });

  it('uses three channels as colour', () => {
    const grid = tileSamples(Float32Array.from([1, -1, 0]), [1, 1, 1, 3], 1, 0);
    expect(Array.from(grid.pixels)).toEqual([255, 0, 128, 255]);
  });
});
