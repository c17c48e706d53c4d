import { findNodeType, localizeNodeType, type Language } from '../../../nodes';
import { checkNewConnection } from '../../graph/connection-rules';
import type { Graph, GraphNode } from '../../schema/preset';

/** The far end of a connection, or a port a connection could come from. */
export interface PortEnd {
  nodeId: string;
  port: string;
  nodeLabel: string;
  portLabel: string;
}

export interface InputLinks {
  key: string;
  label: string;
  /** Outputs connected to this input. */
  sources: PortEnd[];
  /** Outputs of other nodes that are not connected to this input yet. */
  candidates: PortEnd[];
}

export interface OutputLinks {
  key: string;
  label: string;
  /** Inputs this output is connected to. */
  targets: PortEnd[];
}

/** Names a node as its label, else its type title in `language`, else its type name. */
export function nodeDisplayName(
  node: Pick<GraphNode, 'type' | 'label'>,
  language: Language = 'en',
): string {
  const nodeType = findNodeType(node.type);
  return node.label ?? (nodeType ? localizeNodeType(nodeType, language).title : node.type);
}

/**
 * Lists the ports of node `nodeId` in `graph` with what is connected to each, and for each
 * input the outputs of other nodes that could be connected to it. Unknown node types have no
 * ports, and connections to ports a node type does not have are left out.
 */
export function describePorts(
  graph: Graph,
  nodeId: string,
  language: Language = 'en',
): { inputs: InputLinks[]; outputs: OutputLinks[] } {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const nodeType = findNodeType(byId.get(nodeId)?.type ?? '');
  if (!nodeType) return { inputs: [], outputs: [] };

  const end = (id: string, port: string, side: 'inputs' | 'outputs'): PortEnd => {
    const node = byId.get(id);
    const type = findNodeType(node?.type ?? '');
    const hasPort = type?.[side].some((p) => p.key === port);
    return {
      nodeId: id,
      port,
      nodeLabel: node ? nodeDisplayName(node, language) : id,
      portLabel: type && hasPort ? (localizeNodeType(type, language).ports[port] ?? port) : port,
    };
  };
  const ports = localizeNodeType(nodeType, language).ports;
  const allOutputs = graph.nodes
    .filter((node) => node.id !== nodeId)
    .flatMap((node) =>
      (findNodeType(node.type)?.outputs ?? []).map((port) => end(node.id, port.key, 'outputs')),
    );

  const inputs = nodeType.inputs.map((port) => {
    const sources = graph.connections
      .filter((c) => c.target === nodeId && c.targetInput === port.key)
      .map((c) => end(c.source, c.sourceOutput, 'outputs'));
    const connected = new Set(sources.map((s) => `${s.nodeId}\u0000${s.port}`));
    // Only outputs the editor would accept: no cycle, a fitting kind, a free input.
    const candidates = allOutputs.filter(
      (o) =>
        !connected.has(`${o.nodeId}\u0000${o.port}`) &&
        checkNewConnection(graph, {
          source: o.nodeId,
          sourceOutput: o.port,
          target: nodeId,
          targetInput: port.key,
        }) === null,
    );
    return { key: port.key, label: ports[port.key] ?? port.label, sources, candidates };
  });
  const outputs = nodeType.outputs.map((port) => ({
    key: port.key,
    label: ports[port.key] ?? port.label,
    targets: graph.connections
      .filter((c) => c.source === nodeId && c.sourceOutput === port.key)
      .map((c) => end(c.target, c.targetInput, 'inputs')),
  }));
  return { inputs, outputs };
}
