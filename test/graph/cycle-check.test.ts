import { describe, expect, it } from 'vitest';
import { describeCycle, findCycleIfConnected } from '../../src/graph/cycle-check';

const chain = (...ids: string[]) => ({
  connections: ids.slice(1).map((target, i) => ({ source: ids[i], target })),
});

describe('findCycleIfConnected', () => {
  it('detects a self-loop', () => {
    expect(findCycleIfConnected(chain(), { source: 'a', target: 'a' })).toEqual(['a']);
  });

  it('detects a two-node cycle', () => {
    expect(findCycleIfConnected(chain('a', 'b'), { source: 'b', target: 'a' })).toEqual([
      'b',
      'a',
    ]);
  });

  it('detects a longer cycle in connection order', () => {
    const graph = chain('a', 'b', 'c', 'd');
    expect(findCycleIfConnected(graph, { source: 'd', target: 'b' })).toEqual(['d', 'b', 'c']);
  });

  it('returns the shortest of several cycles', () => {
    const graph = {
      connections: [...chain('a', 'b', 'c', 'd').connections, { source: 'a', target: 'd' }],
    };
    expect(findCycleIfConnected(graph, { source: 'd', target: 'a' })).toEqual(['d', 'a']);
  });

  it('accepts a connection that closes no cycle', () => {
    expect(findCycleIfConnected(chain('a', 'b', 'c'), { source: 'a', target: 'c' })).toBeNull();
  });

  it('accepts a connection between separate graphs', () => {
    expect(findCycleIfConnected(chain('a', 'b'), { source: 'x', target: 'a' })).toBeNull();
  });
});

describe('describeCycle', () => {
  it('closes the cycle at its first node', () => {
    expect(describeCycle(['a', 'b'])).toBe('a → b → a');
  });

  it('shows a self-loop', () => {
    expect(describeCycle(['a'])).toBe('a → a');
  });
});
