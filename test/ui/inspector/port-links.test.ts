import { describe, expect, it } from 'vitest';
import { describePorts, nodeDisplayName } from '../../../src/ui/inspector/port-links';
import { chain } from '../../support/graphs';

describe('describePorts', () => {
  const graph = chain(['latent', 'latentNoise'], ['g1', 'dense'], ['g2', 'activation']);
  graph.nodes[2].label = 'Squash';

  it('lists sources of a taken input', () => {
    const { inputs } = describePorts(graph, 'g1');

    expect(inputs).toEqual([
      {
        key: 'in',
        label: 'input',
        sources: [{ nodeId: 'latent', port: 'out', nodeLabel: 'Latent noise', portLabel: 'noise' }],
        // g2's output would also close the cycle g1 → g2 → g1.
        candidates: [],
      },
    ]);
  });

  it('offers acceptable outputs for a free input', () => {
    const withFree = { ...graph, nodes: [...graph.nodes, { id: 'free', type: 'dense', params: {}, position: { x: 0, y: 0 } }] };
    const [input] = describePorts(withFree, 'free').inputs;

    expect(input.candidates.map((c) => c.nodeId)).toEqual(['latent', 'g1', 'g2']);
  });

  it('omits outputs that close a cycle', () => {
    const open = { nodes: graph.nodes, connections: graph.connections.filter((c) => c.target !== 'g1') };
    const [input] = describePorts(open, 'g1').inputs;

    expect(input.candidates.map((c) => c.nodeId)).toEqual(['latent']);
  });

  it('lists the targets of an output', () => {
    const { outputs } = describePorts(graph, 'g1');

    expect(outputs).toEqual([
      {
        key: 'out',
        label: 'output',
        targets: [{ nodeId: 'g2', port: 'in', nodeLabel: 'Squash', portLabel: 'input' }],
      },
    ]);
  });

  it('gives a source node no inputs', () => {
    const { inputs, outputs } = describePorts(graph, 'latent');
    expect(inputs).toEqual([]);
    expect(outputs[0].targets.map((t) => t.nodeId)).toEqual(['g1']);
  });

  it('gives an unknown node no ports', () => {
    const unknown = { id: 'z', type: 'nope', params: {}, position: { x: 0, y: 0 } };
    const odd = { ...graph, nodes: [...graph.nodes, unknown] };
    expect(describePorts(odd, 'z')).toEqual({ inputs: [], outputs: [] });
  });
});

describe('nodeDisplayName', () => {
  it('prefers the label, then the type title, then the type', () => {
    expect(nodeDisplayName({ type: 'dense', label: 'Projection' })).toBe('Projection');
    expect(nodeDisplayName({ type: 'dense' })).toBe('Dense');
    expect(nodeDisplayName({ type: 'nope' })).toBe('nope');
  });
});
