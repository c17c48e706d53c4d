import { analyzeGraph } from '../src/graph/analyze';
import type { Graph, GraphConnection, GraphNode } from '../src/schema/preset';
import { median } from './measure';

/**
 * Builds a valid MLP GAN of exactly `nodeCount` nodes: long chains of Dense and LeakyReLU
 * pairs in both networks, laid out on a grid ten nodes wide.
 */
export function buildLargeGraph(nodeCount = 300): Graph {
  // Nodes outside the pairs: latent, G's last Dense, tanh, reshape and output (5), dataset, and
  // D's flatten, last Dense, sigmoid and output (4).
  const fixed = 10;
  const pairs = Math.floor((nodeCount - fixed) / 2);
  const generatorPairs = Math.ceil(pairs / 2);
  const discriminatorPairs = pairs - generatorPairs;
  const extraActivation = nodeCount - fixed - 2 * pairs;

  const nodes: GraphNode[] = [];
  const connections: GraphConnection[] = [];
  const add = (id: string, type: string, params: Record<string, unknown> = {}, after?: string) => {
    const index = nodes.length;
    nodes.push({ id, type, params, position: { x: (index % 10) * 260, y: Math.floor(index / 10) * 180 } });
    if (after) connections.push({ source: after, sourceOutput: 'out', target: id, targetInput: 'in' });
    return id;
  };
  const leakyRelu = { activation: 'leakyRelu', alpha: 0.2 };

  let last = add('latent', 'latentNoise', { size: 16 });
  for (let i = 0; i < generatorPairs; i++) {
    last = add(`g_dense${i}`, 'dense', { units: 16 }, last);
    last = add(`g_act${i}`, 'activation', leakyRelu, last);
  }
  if (extraActivation > 0) last = add('g_extra', 'activation', leakyRelu, last);
  last = add('g_out', 'dense', { units: 784 }, last);
  last = add('g_tanh', 'activation', { activation: 'tanh' }, last);
  last = add('g_reshape', 'reshape', { targetShape: [28, 28, 1] }, last);
  add('generator', 'generatorOutput', {}, last);

  add('dataset', 'imageDataset', { dataset: 'mnist' });
  last = add('d_flatten', 'flatten', {}, 'generator');
  connections.push({ source: 'dataset', sourceOutput: 'out', target: 'd_flatten', targetInput: 'in' });
  for (let i = 0; i < discriminatorPairs; i++) {
    last = add(`d_dense${i}`, 'dense', { units: 16 }, last);
    last = add(`d_act${i}`, 'activation', leakyRelu, last);
  }
  last = add('d_out', 'dense', { units: 1 }, last);
  last = add('d_sigmoid', 'activation', { activation: 'sigmoid' }, last);
  add('discriminator', 'discriminatorOutput', {}, last);
  return { nodes, connections };
}

/** Times analyzeGraph after changing one Dense layer's units, as an edit in the editor does. */
export function measureAnalyzeAfterEdit(graph: Graph, repeats = 50): { medianMs: number; errors: number } {
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < repeats; i++) {
    const edited: Graph = {
      connections: graph.connections,
      nodes: graph.nodes.map((node) =>
        node.id === 'g_dense3' ? { ...node, params: { ...node.params, units: 16 + (i % 8) } } : node,
      ),
    };
    const start = performance.now();
    errors = analyzeGraph(edited).errors.length;
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), errors };
}
