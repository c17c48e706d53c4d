import { describe, expect, it } from 'vitest';
import { activationCurve, evaluateActivation } from '../../src/insight/activation-curve';

describe('evaluateActivation', () => {
  it.for([
    ['relu', -1, 0.2, 0, 0],
    ['relu', 3, 0.2, 3, 1],
    ['leakyRelu', -2, 0.2, -0.4, 0.2],
    ['leakyRelu', 2, 0.2, 2, 1],
    ['tanh', 0, 0, 0, 1],
    ['sigmoid', 0, 0, 0.5, 0.25],
    ['linear', -3, 0, -3, 1],
  ] as const)('%s at x=%d (slope %d) gives f=%d, df=%d', ([name, x, slope, y, dy]) => {
    const value = evaluateActivation(name, x, slope);
    expect(value.y).toBeCloseTo(y, 12);
    expect(value.dy).toBeCloseTo(dy, 12);
  });

  it('gives sigmoid a vanishing gradient when saturated', () => {
    // sigmoid(8) = 0.999665, so its derivative is 0.999665 * 0.000335 = 0.000335.
    expect(evaluateActivation('sigmoid', 8, 0).dy).toBeCloseTo(0.000335, 6);
  });
});

describe('activationCurve', () => {
  it('samples evenly from -range to range', () => {
    const curve = activationCurve('leakyRelu', 0.1, 4, 5);
    expect(curve.x).toEqual([-4, -2, 0, 2, 4]);
    expect(curve.y.map((y) => Number(y.toFixed(6)))).toEqual([-0.4, -0.2, 0, 2, 4]);
    expect(curve.dy).toEqual([0.1, 0.1, 1, 1, 1]);
  });

  it('refuses fewer than two points', () => {
    expect(() => activationCurve('relu', 0, 4, 1)).toThrow('at least 2 points');
  });
});
