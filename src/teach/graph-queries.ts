import type { Graph, GraphNode } from '../schema/preset';

/** Returns the nodes wired directly into `id`. */
export function inputsOf(graph: Graph, id: string): GraphNode[] {
  const sources = graph.connections.filter((c) => c.target === id).map((c) => c.source);
  return graph.nodes.filter((node) => sources.includes(node.id));
}

/**
 * Returns every node with a path from a node of type `sourceType`, those sources included. The walk
 * does not go past nodes of type `stopType`, which are included when reached.
 */
export function downstreamOfType(graph: Graph, sourceType: string, stopType?: string): Set<string> {
  const stops = new Set(graph.nodes.filter((n) => n.type === stopType).map((n) => n.id));
  const reached = new Set(graph.nodes.filter((n) => n.type === sourceType).map((n) => n.id));
  const pending = [...reached];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (stops.has(id)) continue;
    for (const c of graph.connections) {
      if (c.source === id && !reached.has(c.target)) {
        reached.add(c.target);
        pending.push(c.target);
      }
    }
  }
  return reached;
}

/** True when `node` is an Activation node set to `fn` (relu, leakyRelu, tanh, sigmoid, linear). */
export function isActivation(node: GraphNode | undefined, fn: string): boolean {
  return node?.type === 'activation' && node.params.activation === fn;
}
