import type { Graph } from '../schema/preset';

export interface Topology {
  /** Node ids in an order where every connection goes forward; nodes on a cycle are left out. */
  order: string[];
  /** One cycle per group of nodes that could not be ordered, as the node ids along it. */
  cycles: string[][];
}

/** Orders the nodes topologically (Kahn's algorithm) and names the cycles that prevent it. */
export function sortTopologically(graph: Graph): Topology {
  const ids = graph.nodes.map((n) => n.id);
  const known = new Set(ids);
  const successors = new Map<string, string[]>(ids.map((id) => [id, []]));
  const predecessors = new Map<string, string[]>(ids.map((id) => [id, []]));
  const inDegree = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const c of graph.connections) {
    if (!known.has(c.source) || !known.has(c.target)) continue;
    successors.get(c.source)!.push(c.target);
    predecessors.get(c.target)!.push(c.source);
    inDegree.set(c.target, inDegree.get(c.target)! + 1);
  }

  const ready = ids.filter((id) => inDegree.get(id) === 0);
  const order: string[] = [];
  while (ready.length > 0) {
    const id = ready.shift()!;
    order.push(id);
    for (const next of successors.get(id)!) {
      const remaining = inDegree.get(next)! - 1;
      inDegree.set(next, remaining);
      if (remaining === 0) ready.push(next);
    }
  }

  const unordered = new Set(ids.filter((id) => !order.includes(id)));
  return { order, cycles: findCycles(unordered, predecessors) };
}

/** Finds one cycle for each group of unordered nodes, as node ids in connection order. */
function findCycles(unordered: Set<string>, predecessors: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const covered = new Set<string>();
  for (const start of unordered) {
    if (covered.has(start)) continue;
    // Kahn's algorithm left every unordered node with an unordered predecessor, so walking
    // backwards must revisit a node; the part of the walk from that node on is a cycle.
    const path: string[] = [];
    const seenAt = new Map<string, number>();
    let current = start;
    while (!seenAt.has(current) && !covered.has(current)) {
      seenAt.set(current, path.length);
      path.push(current);
      current = predecessors.get(current)!.find((previous) => unordered.has(previous))!;
    }
    path.forEach((id) => covered.add(id));
    if (seenAt.has(current)) cycles.push(startAtFirst(path.slice(seenAt.get(current)!).reverse(), unordered));
  }
  return cycles;
}

/** Rotates a cycle to start at the node that comes first in the graph, so messages are stable. */
function startAtFirst(cycle: string[], graphOrder: Set<string>): string[] {
  const rank = [...graphOrder];
  const first = cycle.reduce((best, id) => (rank.indexOf(id) < rank.indexOf(best) ? id : best));
  const at = cycle.indexOf(first);
  return [...cycle.slice(at), ...cycle.slice(0, at)];
}
