import type { Graph, GraphNode } from '../schema/preset';

/**
 * Returns the nodes with the given ids and the connections that join two of them, as deep
 * copies in the graph's order. Connections to nodes outside the selection are left out.
 */
export function extractSubgraph(graph: Graph, ids: Iterable<string>): Graph {
  const selected = new Set(ids);
  return {
    nodes: graph.nodes.filter((node) => selected.has(node.id)).map((node) => structuredClone(node)),
    connections: graph.connections
      .filter((c) => selected.has(c.source) && selected.has(c.target))
      .map((c) => ({ ...c })),
  };
}

/**
 * Copies `piece` with a fresh id for every node, `${type}-${n}` with the smallest n from 1 up
 * that neither `usedIds` nor an earlier node of the copy has, and every position moved by
 * `offset`. Connections are rewritten to the new ids.
 */
export function renumberSubgraph(
  piece: Graph,
  usedIds: Iterable<string>,
  offset: { x: number; y: number },
): Graph {
  const used = new Set(usedIds);
  const newIds = new Map<string, string>();
  const nodes = piece.nodes.map((node): GraphNode => {
    let n = 1;
    while (used.has(`${node.type}-${n}`)) n++;
    const id = `${node.type}-${n}`;
    used.add(id);
    newIds.set(node.id, id);
    return {
      ...structuredClone(node),
      id,
      position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
    };
  });
  const connections = piece.connections
    .filter((c) => newIds.has(c.source) && newIds.has(c.target))
    .map((c) => ({ ...c, source: newIds.get(c.source)!, target: newIds.get(c.target)! }));
  return { nodes, connections };
}
