import type { Graph } from '../schema/preset';
import type { Network } from './analyze';
import { sortTopologically } from './topology';

/** Gaps of the layered layout, in canvas pixels. */
export const LAYOUT_GAPS = {
  /** Between two columns of one group. */
  column: 60,
  /** Between two nodes of one column. */
  row: 40,
  /** Between the generator, the discriminator and the nodes of neither, room for two frames. */
  group: 140,
};

/** The groups from left to right: generator, discriminator, then nodes in neither (null). */
const GROUP_ORDER: readonly (Network | null)[] = ['generator', 'discriminator', null];

type Size = { width: number; height: number };
type Point = { x: number; y: number };

/**
 * Places the nodes left to right in layers, Sugiyama style. The generator's nodes come first,
 * then the discriminator's, then the nodes in neither network, each group in columns by the
 * longest path from its sources. Each column is ordered by its inputs, with no further
 * crossing reduction. A node is centred on the nodes that feed it. A source in a later group starts below
 * everything placed before, so that wires arriving from the earlier group do not cross it.
 * Nodes on a cycle are placed after the nodes that feed them. Deterministic: the same graph,
 * sizes and networks give the same positions. Returns the top-left corner of every node.
 */
export function arrangeLayered(
  graph: Graph,
  sizes: ReadonlyMap<string, Size>,
  networks: ReadonlyMap<string, Network | null>,
): Map<string, Point> {
  const sizeOf = (id: string) => sizes.get(id) ?? { width: 0, height: 0 };
  const order = topologicalOrder(graph);
  const predecessors = new Map<string, string[]>(order.map((id) => [id, []]));
  for (const c of graph.connections) {
    if (predecessors.has(c.source) && predecessors.has(c.target)) {
      predecessors.get(c.target)!.push(c.source);
    }
  }

  const positions = new Map<string, Point>();
  let groupLeft = 0;
  let placedBottom: number | null = null;
  for (const group of GROUP_ORDER) {
    const members = order.filter((id) => (networks.get(id) ?? null) === group);
    if (members.length === 0) continue;
    const columns = assignColumns(members, predecessors);
    const sourceTop: number = placedBottom === null ? 0 : placedBottom + LAYOUT_GAPS.row;

    let columnLeft = groupLeft;
    for (const column of columns) {
      placeColumn(column, columnLeft, sourceTop, positions, predecessors, sizeOf);
      columnLeft += Math.max(...column.map((id) => sizeOf(id).width)) + LAYOUT_GAPS.column;
    }
    groupLeft = columnLeft - LAYOUT_GAPS.column + LAYOUT_GAPS.group;
    const bottoms = members.map((id) => positions.get(id)!.y + sizeOf(id).height);
    placedBottom = Math.max(placedBottom ?? -Infinity, ...bottoms);
  }
  return positions;
}

/** Node ids in topological order, followed by the nodes on cycles in the graph's order. */
function topologicalOrder(graph: Graph): string[] {
  const { order } = sortTopologically(graph);
  const ordered = new Set(order);
  return [...order, ...graph.nodes.map((n) => n.id).filter((id) => !ordered.has(id))];
}

/** Splits a group into columns by the longest path from the group's sources. */
function assignColumns(members: string[], predecessors: Map<string, string[]>): string[][] {
  const columnOf = new Map<string, number>();
  for (const id of members) {
    const fed = predecessors.get(id)!.filter((p) => columnOf.has(p));
    columnOf.set(id, Math.max(-1, ...fed.map((p) => columnOf.get(p)!)) + 1);
  }
  const columns: string[][] = [];
  for (const id of members) (columns[columnOf.get(id)!] ??= []).push(id);
  return columns;
}

/** Stacks a column's nodes, each as near as it can be to the middle of the nodes feeding it. */
function placeColumn(
  column: string[],
  left: number,
  sourceTop: number,
  positions: Map<string, Point>,
  predecessors: Map<string, string[]>,
  sizeOf: (id: string) => Size,
): void {
  const wanted = column.map((id, index) => {
    const centres = predecessors
      .get(id)!
      .filter((p) => positions.has(p))
      .map((p) => positions.get(p)!.y + sizeOf(p).height / 2);
    const top =
      centres.length === 0
        ? sourceTop
        : centres.reduce((sum, c) => sum + c, 0) / centres.length - sizeOf(id).height / 2;
    return { id, top, index };
  });
  wanted.sort((a, b) => a.top - b.top || a.index - b.index);

  let nextFree = -Infinity;
  for (const { id, top } of wanted) {
    const y = Math.max(top, nextFree);
    positions.set(id, { x: left, y });
    nextFree = y + sizeOf(id).height + LAYOUT_GAPS.row;
  }
}
