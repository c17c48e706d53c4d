import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/graph/analyze';
import type { Graph } from '../../src/schema/preset';
import { dcganGraph, mlpGan, setParam, wire } from '../support/graphs';

/** Graphs with one mistake each, so that every kind of diagnostic appears at least once. */
function brokenGraphs(): Record<string, Graph> {
  const cycle = mlpGan();
  cycle.connections.push(wire('g1', 'latent'));
  const extra = mlpGan();
  extra.nodes.push({ id: 'lone', type: 'dropout', params: {}, position: { x: 0, y: 0 } });
  extra.nodes.push({ id: 'x', type: 'conv3d', params: {}, position: { x: 0, y: 0 } });
  const noDataset = mlpGan();
  noDataset.nodes = noDataset.nodes.filter((n) => n.type !== 'imageDataset');
  const reshape = setParam(dcganGraph(), 'g_reshape', 'targetShape', [7, 7, 64]);
  const units = setParam(dcganGraph(), 'g_dense', 'units', 0);
  const tanhEnd = mlpGan({ discriminatorEnd: 'tanh' });
  return { cycle, extra, noDataset, reshape, units, tanhEnd };
}

describe('diagnostics in Russian', () => {
  for (const [name, graph] of Object.entries(brokenGraphs())) {
    it(`${name}: every diagnostic has a Russian message`, () => {
      const { diagnostics } = analyzeGraph(graph);
      expect(diagnostics.length).toBeGreaterThan(0);
      for (const diagnostic of diagnostics) {
        expect(diagnostic.messageRu, diagnostic.message).toMatch(/[а-яё]{3,}/i);
      }
    });
  }

  it('writes a shape mismatch in Russian with the same numbers', () => {
    const graph = setParam(dcganGraph(), 'g_reshape', 'targetShape', [7, 7, 64]);
    const [diagnostic] = analyzeGraph(graph).diagnostics.filter((d) => d.nodeId === 'g_reshape');
    expect(diagnostic.messageRu).toBe(
      'Reshape не может превратить [6272] (6272 значений) в [7, 7, 64] (3136 значений): ' +
        'формы должны содержать одинаковое число значений.',
    );
  });
});
