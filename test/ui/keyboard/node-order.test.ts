import { describe, expect, it } from 'vitest';
import { navigationOrder, stepNode } from '../../../src/ui/keyboard/node-order';

describe('navigationOrder', () => {
  it('puts topological order first, then the rest', () => {
    const order = navigationOrder(['c', 'a', 'x', 'b', 'y'], ['a', 'b', 'c']);
    expect(order).toEqual(['a', 'b', 'c', 'x', 'y']);
  });

  it('drops ids of the order that are no longer nodes', () => {
    expect(navigationOrder(['b'], ['a', 'b'])).toEqual(['b']);
  });
});

describe('stepNode', () => {
  const order = ['a', 'b', 'c'];

  it('steps forward and back', () => {
    expect(stepNode(order, 'a', 1)).toBe('b');
    expect(stepNode(order, 'b', -1)).toBe('a');
  });

  it('wraps around at both ends', () => {
    expect(stepNode(order, 'c', 1)).toBe('a');
    expect(stepNode(order, 'a', -1)).toBe('c');
  });

  it('starts at an end without a current node', () => {
    expect(stepNode(order, null, 1)).toBe('a');
    expect(stepNode(order, null, -1)).toBe('c');
    expect(stepNode(order, 'gone', 1)).toBe('a');
  });

  it('returns null for no nodes', () => {
    expect(stepNode([], null, 1)).toBeNull();
  });
});
