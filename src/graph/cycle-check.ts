import type { GraphConnection } from '../schema/preset';

/** The part of a connection that decides whether the graph stays acyclic. */
type Link = Pick<GraphConnection, 'source' | 'target'>;

/**
 * Finds the cycle that adding `connection` to `graph` would close. Returns the node ids along
 * it in connection order, starting at the connection's source, or null when the graph would
 * stay acyclic. A self-loop returns the one node id.
 */
export function findCycleIfConnected(
  graph: { connections: readonly Link[] },
  connection: Link,
): string[] | null {
  const { source, target } = connection;
  if (source === target) return [source];

  const successors = new Map<string, string[]>();
  for (const c of graph.connections) {
    const list = successors.get(c.source) ?? [];
    list.push(c.target);
    successors.set(c.source, list);
  }

  // A breadth-first search from the new target back to the new source finds the shortest
  // path, so the message names as few nodes as possible.
  const previous = new Map<string, string>();
  const queue = [target];
  const visited = new Set([target]);
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current === source) return [source, ...walkBack(previous, target, source)];
    for (const next of successors.get(current) ?? []) {
      if (visited.has(next)) continue;
      visited.add(next);
      previous.set(next, current);
      queue.push(next);
    }
  }
  return null;
}

/** Returns the path from `start` to the node before `end`, read from the search's parents. */
function walkBack(previous: Map<string, string>, start: string, end: string): string[] {
  const path: string[] = [];
  let current = previous.get(end);
  while (current !== undefined) {
    path.unshift(current);
    if (current === start) break;
    current = previous.get(current);
  }
  return path;
}

/** Formats a cycle for a message, such as "a → b → a". */
export function describeCycle(cycle: string[]): string {
  return [...cycle, cycle[0]].join(' → ');
}
