import type { ActivationName } from '../../nodes/activation';

/** Points of an activation function and its derivative, for plotting. */
export interface ActivationCurve {
  x: number[];
  y: number[];
  /** The derivative at each x; at 0, ReLU and LeakyReLU take the right-hand value, 1. */
  dy: number[];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Returns f(x) and f'(x) of one activation; `slope` is LeakyReLU's a in max(a*x, x). */
export function evaluateActivation(
  name: ActivationName,
  x: number,
  slope: number,
): { y: number; dy: number } {
  switch (name) {
    case 'relu':
      return x >= 0 ? { y: x, dy: 1 } : { y: 0, dy: 0 };
    case 'leakyRelu':
      return x >= 0 ? { y: x, dy: 1 } : { y: slope * x, dy: slope };
    case 'tanh': {
      const y = Math.tanh(x);
      return { y, dy: 1 - y * y };
    }
    case 'sigmoid': {
      const y = sigmoid(x);
      return { y, dy: y * (1 - y) };
    }
    case 'linear':
      return { y: x, dy: 1 };
  }
}

/**
 * Samples an activation and its derivative at `points` evenly spaced x in [-range, range].
 *
 * @param points - at least 2
 */
export function activationCurve(
  name: ActivationName,
  slope: number,
  range = 4,
  points = 81,
): ActivationCurve {
  if (points < 2) throw new Error(`activationCurve needs at least 2 points, got ${points}`);
  const curve: ActivationCurve = { x: [], y: [], dy: [] };
  for (let i = 0; i < points; i++) {
    const x = -range + (2 * range * i) / (points - 1);
    const { y, dy } = evaluateActivation(name, x, slope);
    curve.x.push(x);
    curve.y.push(y);
    curve.dy.push(dy);
  }
  return curve;
}
