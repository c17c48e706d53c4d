import { describe, expect, it } from 'vitest';
import { analyzeGraph, type Network } from '../../src/graph/analyze';
import { arrangeLayered } from '../../src/graph/layered-layout';
import { assignNetworks, frameNetworks, type Box } from '../../src/graph/network-groups';
import type { Graph } from '../../src/schema/preset';
import { chain, dcganGraph, join, mlpGan, wire } from '../support/graphs';

/** Every node 200 wide and 100 high. */
const uniformSizes = (graph: Graph) =>
  new Map(graph.nodes.map((n) => [n.id, { width: 200, height: 100 }]));

/** A node's size as the editor draws it: output nodes wider and taller. */
const editorSizes = (graph: Graph) =>
  new Map(
    graph.nodes.map((n) => [
      n.id,
      n.type.endsWith('Output') ? { width: 260, height: 380 } : { width: 210, height: 150 },
    ]),
  );

function networksOf(graph: Graph): Map<string, Network | null> {
  const analysis = analyzeGraph(graph);
  return assignNetworks(graph, new Map([...analysis.nodes].map(([id, a]) => [id, a.network])));
}

function layoutBoxes(graph: Graph, sizes: Map<string, { width: number; height: number }>) {
  const positions = arrangeLayered(graph, sizes, networksOf(graph));
  return new Map<string, Box>([...positions].map(([id, p]) => [id, { ...p, ...sizes.get(id)! }]));
}

/** Builds the smallest GAN: noise to output, and images through Flatten to the score. */
function tinyGan(): Graph {
  return join(
    [
      chain(['latent', 'latentNoise'], ['dense', 'dense', { units: 784 }], ['gen', 'generatorOutput']),
      chain(['dataset', 'imageDataset'], ['flatten', 'flatten'], ['disc', 'discriminatorOutput']),
    ],
    [wire('gen', 'flatten')],
  );
}

describe('arrangeLayered', () => {
  it('places a tiny GAN at exact positions', () => {
    const graph = tinyGan();

    const positions = arrangeLayered(graph, uniformSizes(graph), networksOf(graph));

    expect(Object.fromEntries(positions)).toEqual({
      latent: { x: 0, y: 0 },
      dense: { x: 260, y: 0 },
      gen: { x: 520, y: 0 },
      // The discriminator starts 140 right of the generator's right edge at 720. Its source
      // goes below the generator's row, and Flatten sits midway between its two inputs.
      dataset: { x: 860, y: 140 },
      flatten: { x: 1120, y: 70 },
      disc: { x: 1380, y: 70 },
    });
  });

  it.each([
    ['DCGAN preset', dcganGraph()],
    ['MLP GAN', mlpGan()],
  ])('%s: every node is left of the nodes it feeds', (_name, graph) => {
    const boxes = layoutBoxes(graph, editorSizes(graph));

    for (const c of graph.connections) {
      const source = boxes.get(c.source)!;
      const target = boxes.get(c.target)!;
      expect(source.x + source.width, `${c.source} -> ${c.target}`).toBeLessThan(target.x);
    }
  });

  it.each([
    ['DCGAN preset', dcganGraph()],
    ['MLP GAN', mlpGan()],
  ])('%s: generator frame is left of discriminator frame', (_name, graph) => {
    const boxes = layoutBoxes(graph, editorSizes(graph));

    const frames = frameNetworks(boxes, networksOf(graph), 24, 24);

    const generator = frames.get('generator')!;
    const discriminator = frames.get('discriminator')!;
    expect(generator.x + generator.width).toBeLessThan(discriminator.x);
  });

  it('keeps nodes of one column apart', () => {
    const graph = join(
      [chain(['latent', 'latentNoise'], ['a', 'dense'], ['gen', 'generatorOutput'])],
      [wire('latent', 'gen')],
    );
    graph.nodes.push({ id: 'b', type: 'dense', params: {}, position: { x: 0, y: 0 } });
    graph.connections.push(wire('latent', 'b'));

    const positions = arrangeLayered(graph, uniformSizes(graph), networksOf(graph));

    expect(positions.get('a')).toEqual({ x: 260, y: 0 });
    expect(positions.get('b')).toEqual({ x: 260, y: 140 });
  });

  it('puts nodes of neither network after the discriminator', () => {
    const graph = tinyGan();
    graph.nodes.push({ id: 'loose', type: 'dense', params: {}, position: { x: 0, y: 0 } });

    const positions = arrangeLayered(graph, uniformSizes(graph), networksOf(graph));

    // Right of the discriminator output (1380 + 200) by the group gap, below every node.
    expect(positions.get('loose')).toEqual({ x: 1720, y: 280 });
  });

  it('places nodes on a cycle', () => {
    const graph = chain(['latent', 'latentNoise'], ['a', 'dense'], ['b', 'dense']);
    graph.connections.push(wire('b', 'a'));

    const positions = arrangeLayered(graph, uniformSizes(graph), networksOf(graph));

    expect([...positions.keys()].sort()).toEqual(['a', 'b', 'latent']);
  });
});

describe('assignNetworks', () => {
  it('fills nodes below an error from their neighbours', () => {
    const graph = mlpGan();
    graph.nodes.find((n) => n.id === 'g2')!.params = { activation: 'nonsense' };
    const analysis = analyzeGraph(graph);
    expect(analysis.nodes.get('g3')!.network).toBe(null);

    const networks = networksOf(graph);

    for (const id of ['g2', 'g3', 'g4', 'g5', 'generator']) expect(networks.get(id)).toBe('generator');
    expect(networks.get('d1')).toBe('discriminator');
  });

  it('leaves an unconnected layer in neither network', () => {
    const graph = tinyGan();
    graph.nodes.push({ id: 'loose', type: 'dense', params: {}, position: { x: 0, y: 0 } });

    expect(networksOf(graph).get('loose')).toBe(null);
  });
});

describe('frameNetworks', () => {
  it('pads the boxes and leaves room for the label', () => {
    const boxes = new Map<string, Box>([
      ['a', { x: 0, y: 0, width: 100, height: 50 }],
      ['b', { x: 200, y: 100, width: 100, height: 50 }],
      ['c', { x: 500, y: 0, width: 100, height: 50 }],
    ]);
    const networks = new Map<string, Network | null>([
      ['a', 'generator'],
      ['b', 'generator'],
      ['c', null],
    ]);

    const frames = frameNetworks(boxes, networks, 10, 20);

    expect(frames.get('generator')).toEqual({ x: -10, y: -30, width: 320, height: 190 });
    expect(frames.has('discriminator')).toBe(false);
  });
});
