/**
 * Returns every node id in `nodeIds` in the order keyboard navigation visits them: first in
 * `topologicalOrder` (inputs before the layers they feed), then the ones it lacks, such as
 * nodes on a cycle, in their own order.
 */
export function navigationOrder(
  nodeIds: readonly string[],
  topologicalOrder: readonly string[],
): string[] {
  const present = new Set(nodeIds);
  const ordered = topologicalOrder.filter((id) => present.has(id));
  const seen = new Set(ordered);
  return [...ordered, ...nodeIds.filter((id) => !seen.has(id))];
}

/**
 * Returns the id `offset` places after `current` in `order`, wrapping around at either end.
 * With no current node (or one not in the order), a forward step starts at the first id and a
 * backward step at the last. Returns null for an empty order.
 */
export function stepNode(
  order: readonly string[],
  current: string | null,
  offset: 1 | -1,
): string | null {
  if (order.length === 0) return null;
  const index = current === null ? -1 : order.indexOf(current);
  if (index < 0) return offset === 1 ? order[0] : order[order.length - 1];
  return order[(index + offset + order.length) % order.length];
}
