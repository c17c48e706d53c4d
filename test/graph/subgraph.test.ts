import { describe, expect, it } from 'vitest';
import { extractSubgraph, renumberSubgraph } from '../../src/graph/subgraph';
import { chain, mlpGan, wire } from '../support/graphs';

describe('extractSubgraph', () => {
  it('keeps internal wires and drops external ones', () => {
    // g1 -> g2 -> g3 are internal; latent -> g1 and g3 -> g4 reach outside.
    const piece = extractSubgraph(mlpGan(), ['g1', 'g2', 'g3']);

    expect(piece.nodes.map((n) => n.id)).toEqual(['g1', 'g2', 'g3']);
    expect(piece.connections).toEqual([wire('g1', 'g2'), wire('g2', 'g3')]);
  });

  it('copies parameters deeply', () => {
    const graph = chain(['r', 'reshape', { targetShape: [7, 7, 1] }]);

    const piece = extractSubgraph(graph, ['r']);
    (piece.nodes[0].params.targetShape as number[])[0] = 1;

    expect(graph.nodes[0].params.targetShape).toEqual([7, 7, 1]);
  });
});

describe('renumberSubgraph', () => {
  it('gives fresh ids and moves by the offset', () => {
    const graph = chain(['d1', 'dense', { units: 3 }], ['a1', 'activation'], ['d2', 'dense']);
    graph.connections.splice(1, 1);
    graph.nodes[1].position = { x: 100, y: 50 };

    const copy = renumberSubgraph(graph, ['dense-1', 'dense-3', 'activation-2'], { x: 40, y: 40 });

    expect(copy.nodes.map((n) => n.id)).toEqual(['dense-2', 'activation-1', 'dense-4']);
    expect(copy.nodes.map((n) => n.position)).toEqual([
      { x: 40, y: 40 },
      { x: 140, y: 90 },
      { x: 40, y: 40 },
    ]);
    expect(copy.nodes[0].params).toEqual({ units: 3 });
    expect(copy.connections).toEqual([wire('dense-2', 'activation-1')]);
  });

  it('copies three nodes with two internal wires', () => {
    const graph = mlpGan();
    const piece = extractSubgraph(graph, ['g1', 'g2', 'g3']);

    const copy = renumberSubgraph(piece, graph.nodes.map((n) => n.id), { x: 0, y: 0 });

    expect(copy.nodes.map((n) => n.id)).toEqual(['dense-1', 'activation-1', 'dense-2']);
    expect(copy.connections).toEqual([wire('dense-1', 'activation-1'), wire('activation-1', 'dense-2')]);
  });
});
