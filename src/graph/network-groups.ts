import { findNodeType, type NodeRole } from '../../nodes';
import type { Graph } from '../schema/preset';
import type { Network } from './analyze';

/** The network of each node role. Layers take theirs from their neighbours. */
const ROLE_NETWORKS: Partial<Record<NodeRole, Network>> = {
  'noise-source': 'generator',
  'generator-end': 'generator',
  'image-source': 'discriminator',
  'discriminator-end': 'discriminator',
};

/** An axis-aligned rectangle in canvas coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Assigns every node to the generator or the discriminator, or to neither (null). A node keeps
 * the network in `known`, such as the analysis found. The others take it from their role, then
 * from a node that feeds them, then from a node they feed, because the analysis leaves the
 * network unset on nodes below a node with an error. The generator output feeds the
 * discriminator, so what it feeds is in the discriminator.
 */
export function assignNetworks(
  graph: Graph,
  known: ReadonlyMap<string, Network | null>,
): Map<string, Network | null> {
  const roles = new Map(graph.nodes.map((node) => [node.id, findNodeType(node.type)?.role]));
  const networks = new Map<string, Network | null>();
  for (const node of graph.nodes) {
    const role = roles.get(node.id);
    networks.set(node.id, known.get(node.id) ?? (role && ROLE_NETWORKS[role]) ?? null);
  }

  const fedNetwork = (sourceId: string) =>
    roles.get(sourceId) === 'generator-end' ? 'discriminator' : networks.get(sourceId);
  const connections = graph.connections.filter((c) => networks.has(c.source) && networks.has(c.target));
  let changed = true;
  while (changed) {
    changed = false;
    for (const c of connections) {
      const network = fedNetwork(c.source);
      if (networks.get(c.target) === null && network) {
        networks.set(c.target, network);
        changed = true;
      }
    }
    if (changed) continue;
    // Forward first, so that a node fed by one network and feeding the other joins its feeder.
    for (const c of connections) {
      const network = networks.get(c.target);
      if (networks.get(c.source) === null && network) {
        networks.set(c.source, network);
        changed = true;
      }
    }
  }
  return networks;
}

/**
 * Returns the box around each network's nodes, grown by `padding` on every side and by
 * `labelHeight` more at the top. A network with no node has no box.
 */
export function frameNetworks(
  boxes: ReadonlyMap<string, Box>,
  networks: ReadonlyMap<string, Network | null>,
  padding: number,
  labelHeight: number,
): Map<Network, Box> {
  const frames = new Map<Network, Box>();
  for (const network of ['generator', 'discriminator'] as const) {
    const members = [...boxes].filter(([id]) => networks.get(id) === network).map(([, b]) => b);
    if (members.length === 0) continue;
    const left = Math.min(...members.map((b) => b.x)) - padding;
    const top = Math.min(...members.map((b) => b.y)) - padding - labelHeight;
    const right = Math.max(...members.map((b) => b.x + b.width)) + padding;
    const bottom = Math.max(...members.map((b) => b.y + b.height)) + padding;
    frames.set(network, { x: left, y: top, width: right - left, height: bottom - top });
  }
  return frames;
}
