import { findNodeType, type InputSocketKind, type OutputSocketKind } from '../../nodes';
import { IMAGE_SOCKET_KINDS, acceptsSocket } from '../../nodes/socket-kinds';
import type { GraphConnection } from '../schema/preset';
import { findCycleIfConnected } from './cycle-check';

/** The reason a new connection is rejected. */
export type ConnectionRejection =
  /** The connection would close this cycle; a self-loop has one node id. */
  | { reason: 'cycle'; cycle: string[] }
  /** The output's kind is not one that the input takes. */
  | { reason: 'incompatible'; outputKind: OutputSocketKind; inputKind: InputSocketKind }
  /** The input already has a connection, from `existingSource`, and takes only one. */
  | { reason: 'input-taken'; existingSource: string };

/** The parts of a graph that the connection rules read. */
export interface WiringGraph {
  nodes: readonly { id: string; type: string }[];
  connections: readonly GraphConnection[];
}

/**
 * Checks the wiring rules for adding `candidate` to `graph`: no cycle (a self-loop included),
 * an output kind the input takes (see nodes/socket-kinds.ts), and one connection per input
 * except where real and generated images meet. Returns the first rule broken, in that order,
 * or null when the connection may be added. Ports or node types that do not exist pass, so
 * that the analyzer reports them with the rest of the graph's problems.
 */
export function checkNewConnection(
  graph: WiringGraph,
  candidate: GraphConnection,
): ConnectionRejection | null {
  const cycle = findCycleIfConnected(graph, candidate);
  if (cycle) return { reason: 'cycle', cycle };

  const outputKind = outputKindOf(graph, candidate.source, candidate.sourceOutput);
  const inputKind = inputKindOf(graph, candidate.target, candidate.targetInput);
  if (!outputKind || !inputKind) return null;
  if (!acceptsSocket(inputKind, outputKind)) return { reason: 'incompatible', outputKind, inputKind };

  const existing = graph.connections.filter(
    (c) => c.target === candidate.target && c.targetInput === candidate.targetInput,
  );
  const sharesImages = [candidate, ...existing].every((c) =>
    IMAGE_SOCKET_KINDS.includes(outputKindOf(graph, c.source, c.sourceOutput)!),
  );
  if (existing.length > 0 && !sharesImages) {
    return { reason: 'input-taken', existingSource: existing[0].source };
  }
  return null;
}

/** Returns the kind of a node's output port, or undefined when the node or port is unknown. */
export function outputKindOf(
  graph: WiringGraph,
  nodeId: string,
  key: string,
): OutputSocketKind | undefined {
  const type = graph.nodes.find((n) => n.id === nodeId)?.type;
  return findNodeType(type ?? '')?.outputs.find((p) => p.key === key)?.socket;
}

/** Returns the kind of a node's input port, or undefined when the node or port is unknown. */
export function inputKindOf(
  graph: WiringGraph,
  nodeId: string,
  key: string,
): InputSocketKind | undefined {
  const type = graph.nodes.find((n) => n.id === nodeId)?.type;
  return findNodeType(type ?? '')?.inputs.find((p) => p.key === key)?.socket;
}
