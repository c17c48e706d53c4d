import dcgan from '../../presets/dcgan-mnist.json';
import type { Graph, GraphConnection, GraphNode } from '../../src/schema/preset';

type Link = [id: string, type: string, params?: Record<string, unknown>];

/** Builds a graph of nodes wired one after another through their `in` and `out` ports. */
export function chain(...links: Link[]): Graph {
  const nodes: GraphNode[] = links.map(([id, type, params = {}]) => ({ id, type, params, position: { x: 0, y: 0 } }));
  const connections: GraphConnection[] = links.slice(1).map(([id], i) => wire(links[i][0], id));
  return { nodes, connections };
}

export function wire(source: string, target: string): GraphConnection {
  return { source, sourceOutput: 'out', target, targetInput: 'in' };
}

/** Joins graphs and adds connections between them. */
export function join(graphs: Graph[], extra: GraphConnection[] = []): Graph {
  return {
    nodes: graphs.flatMap((g) => g.nodes),
    connections: [...graphs.flatMap((g) => g.connections), ...extra],
  };
}

/** A small GAN of Dense layers on MNIST; `generatorEnd` replaces the generator's last activation. */
export function mlpGan({ latent = 8, hidden = 16, discriminatorEnd = 'sigmoid' } = {}): Graph {
  const generator = chain(
    ['latent', 'latentNoise', { size: latent }],
    ['g1', 'dense', { units: hidden }],
    ['g2', 'activation', { activation: 'leakyRelu', alpha: 0.2 }],
    ['g3', 'dense', { units: 784 }],
    ['g4', 'activation', { activation: 'tanh' }],
    ['g5', 'reshape', { targetShape: [28, 28, 1] }],
    ['generator', 'generatorOutput'],
  );
  const discriminator = chain(
    ['d1', 'flatten'],
    ['d2', 'dense', { units: hidden }],
    ['d3', 'activation', { activation: 'leakyRelu', alpha: 0.2 }],
    ['d4', 'dense', { units: 1 }],
    ['d5', 'activation', { activation: discriminatorEnd }],
    ['discriminator', 'discriminatorOutput'],
  );
  const dataset = chain(['dataset', 'imageDataset', { dataset: 'mnist' }]);
  return join([generator, discriminator, dataset], [wire('generator', 'd1'), wire('dataset', 'd1')]);
}

/** The default DCGAN preset's graph, deep-copied so tests may change it. */
export function dcganGraph(): Graph {
  return structuredClone({ nodes: dcgan.nodes, connections: dcgan.connections }) as Graph;
}

export function setParam(graph: Graph, nodeId: string, name: string, value: unknown): Graph {
  const node = graph.nodes.find((n) => n.id === nodeId)!;
  node.params = { ...node.params, [name]: value };
  return graph;
}

/**
 * The DCGAN preset's layers with a few filters each, so that a step on the tfjs CPU backend
 * takes milliseconds instead of seconds.
 */
export function smallDcganGraph(): Graph {
  const graph = dcganGraph();
  setParam(graph, 'latent', 'size', 8);
  setParam(graph, 'g_dense', 'units', 7 * 7 * 4);
  setParam(graph, 'g_reshape', 'targetShape', [7, 7, 4]);
  setParam(graph, 'g_deconv1', 'filters', 4);
  setParam(graph, 'd_conv1', 'filters', 4);
  setParam(graph, 'd_conv2', 'filters', 4);
  for (const id of ['g_deconv1', 'g_deconv2', 'd_conv1', 'd_conv2']) setParam(graph, id, 'kernelSize', 3);
  return graph;
}
