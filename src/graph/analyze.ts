import { findNodeType, formatShape } from '../../nodes';
import type { Language, NodeType, ParamCount, ParamValues, Shape } from '../../nodes';
import {
  IMAGE_SOCKET_KINDS,
  INPUT_SOCKET_NAMES,
  INPUT_SOCKET_NAMES_RU,
  OUTPUT_SOCKET_NAMES,
  OUTPUT_SOCKET_NAMES_RU,
  acceptsSocket,
} from '../../nodes/socket-kinds';
import { validateParams } from '../../nodes/validate-params';
import type { Graph, GraphConnection, GraphNode } from '../schema/preset';
import { graphError, type Diagnostic } from './diagnostics';
import { findGanStructure, type GanStructure } from './gan-structure';
import { sortTopologically } from './topology';

export type Network = 'generator' | 'discriminator';

/** What the editor shows on one node. */
export interface NodeAnalysis {
  nodeType: NodeType | null;
  /** Parameters with defaults filled in; invalid values are replaced by their defaults. */
  params: ParamValues;
  /** The shape that reaches the node's input, or null for a source or an unresolved input. */
  inputShape: Shape | null;
  outputShape: Shape | null;
  paramCount: ParamCount | null;
  network: Network | null;
  diagnostics: Diagnostic[];
}

export interface GraphAnalysis {
  nodes: Map<string, NodeAnalysis>;
  /** Every diagnostic, on nodes and on the whole graph. */
  diagnostics: Diagnostic[];
  errors: Diagnostic[];
  /** Node ids in topological order. */
  order: string[];
  /** The generator and discriminator found in the graph; null while the graph has errors. */
  gan: GanStructure | null;
}

/** Names a node in messages by its label, or by its type's title in `language` and its id. */
export function describeNode(
  node: Pick<GraphNode, 'id' | 'type' | 'label'>,
  nodeType: NodeType | null,
  language: Language = 'en',
): string {
  if (node.label) return `"${node.label}"`;
  const title = language === 'ru' ? nodeType?.ru.title : nodeType?.title;
  return `${title ?? node.type} (${node.id})`;
}

/**
 * Validates a graph and infers the output shape and parameter count of every node. User
 * mistakes come back as diagnostics; nothing here throws for a bad graph.
 */
export function analyzeGraph(graph: Graph): GraphAnalysis {
  const nodes = new Map<string, NodeAnalysis>();
  const byId = new Map<string, GraphNode>();
  const graphDiagnostics: Diagnostic[] = [];

  for (const node of graph.nodes) {
    const nodeType = findNodeType(node.type) ?? null;
    const analysis: NodeAnalysis = {
      nodeType,
      params: {},
      inputShape: null,
      outputShape: null,
      paramCount: null,
      network: null,
      diagnostics: [],
    };
    if (byId.has(node.id)) {
      graphDiagnostics.push(
        graphError(
          node.id,
          'duplicate-node',
          `Two nodes share the id "${node.id}": give each node its own id.`,
          `Два узла имеют один id "${node.id}": дайте каждому узлу свой id.`,
        ),
      );
      continue;
    }
    byId.set(node.id, node);
    nodes.set(node.id, analysis);
    if (!nodeType) {
      analysis.diagnostics.push(
        graphError(
          node.id,
          'unknown-node-type',
          `Unknown node type "${node.type}": delete this node or replace it.`,
          `Неизвестный тип узла "${node.type}": удалите этот узел или замените его.`,
        ),
      );
      continue;
    }
    const { values, errors } = validateParams(nodeType, node.params);
    analysis.params = values;
    for (const error of errors) {
      analysis.diagnostics.push(
        graphError(
          node.id,
          'bad-parameter',
          `${describeNode(node, nodeType)}: ${error.message}`,
          `${describeNode(node, nodeType, 'ru')}: ${error.messageRu}`,
        ),
      );
    }
  }

  const incoming = collectIncoming(graph.connections, byId, nodes);
  const topology = sortTopologically({ nodes: [...byId.values()], connections: graph.connections });
  for (const cycle of topology.cycles) {
    const path = (language: Language) => {
      const names = cycle.map((id) => describeNode(byId.get(id)!, nodes.get(id)!.nodeType, language));
      return [...names, names[0]].join(' → ');
    };
    const message = `This node is part of a cycle ${path('en')}: remove one of these connections.`;
    const messageRu = `Этот узел входит в цикл ${path('ru')}: удалите одну из этих связей.`;
    for (const id of cycle) nodes.get(id)!.diagnostics.push(graphError(id, 'cycle', message, messageRu));
  }

  for (const id of topology.order) inferNode(byId.get(id)!, nodes, incoming.get(id) ?? []);

  // The structure check may turn node errors into warnings, so node diagnostics are read after it.
  const structure = findGanStructure(graph.connections, byId, nodes);
  const nodeDiagnostics = [...nodes.values()].flatMap((n) => n.diagnostics);
  const diagnostics = [...graphDiagnostics, ...nodeDiagnostics, ...structure.diagnostics];
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return {
    nodes,
    diagnostics,
    errors,
    order: topology.order,
    gan: errors.length === 0 ? structure.gan : null,
  };
}

/** Groups valid connections by target node, reporting the ones that point nowhere. */
function collectIncoming(
  connections: readonly GraphConnection[],
  byId: Map<string, GraphNode>,
  nodes: Map<string, NodeAnalysis>,
): Map<string, GraphConnection[]> {
  const incoming = new Map<string, GraphConnection[]>();
  for (const c of connections) {
    const source = nodes.get(c.source);
    const target = nodes.get(c.target);
    if (!source?.nodeType || !target?.nodeType) continue;
    const sourceHasPort = source.nodeType.outputs.some((p) => p.key === c.sourceOutput);
    const targetHasPort = target.nodeType.inputs.some((p) => p.key === c.targetInput);
    if (!sourceHasPort || !targetHasPort) {
      const node = byId.get(c.target)!;
      target.diagnostics.push(
        graphError(
          c.target,
          'bad-connection',
          `A connection into ${describeNode(node, target.nodeType)} uses a port that does not exist: reconnect it.`,
          `Связь в ${describeNode(node, target.nodeType, 'ru')} использует несуществующий порт: подключите её заново.`,
        ),
      );
      continue;
    }
    const incompatible = describeIncompatible(c, byId, source.nodeType, target.nodeType);
    if (incompatible) {
      const [message, messageRu] = incompatible;
      target.diagnostics.push(graphError(c.target, 'incompatible-connection', message, messageRu));
      continue;
    }
    incoming.set(c.target, [...(incoming.get(c.target) ?? []), c]);
  }
  return incoming;
}

function inferNode(
  node: GraphNode,
  nodes: Map<string, NodeAnalysis>,
  incoming: GraphConnection[],
): void {
  const analysis = nodes.get(node.id)!;
  const nodeType = analysis.nodeType;
  // A dropped connection would otherwise also read as a missing input.
  const blocking: Diagnostic['code'][] = ['bad-parameter', 'bad-connection', 'incompatible-connection'];
  if (!nodeType || analysis.diagnostics.some((d) => blocking.includes(d.code))) return;
  const name = describeNode(node, nodeType);
  const nameRu = describeNode(node, nodeType, 'ru');
  const fail = (code: Diagnostic['code'], message: string, messageRu?: string) =>
    analysis.diagnostics.push(graphError(node.id, code, message, messageRu));

  let input: Shape | null = null;
  if (nodeType.inputs.length > 0) {
    if (incoming.length === 0) {
      fail(
        'missing-input',
        `${name} has no input: connect the output of the node before it.`,
        `Узел ${nameRu} не имеет входа: подключите к нему выход предыдущего узла.`,
      );
      return;
    }
    const sources = incoming.map((c) => ({ id: c.source, analysis: nodes.get(c.source)! }));
    // Several connections into one input are allowed only where real and fake images meet
    // at the first layer of the discriminator.
    const allImages = incoming.every((c) => {
      const kind = nodes.get(c.source)!.nodeType?.outputs.find((p) => p.key === c.sourceOutput)?.socket;
      return kind !== undefined && IMAGE_SOCKET_KINDS.includes(kind);
    });
    if (sources.length > 1 && !allImages) {
      fail(
        'too-many-inputs',
        `${name} takes one input but has ${sources.length}: remove all but one connection.`,
        `${nameRu} принимает один вход, а подключено ${sources.length}: оставьте одну связь.`,
      );
      return;
    }
    // Upstream errors are shown on the upstream node; this one just has no shape yet.
    if (sources.some((s) => s.analysis.outputShape === null)) return;
    input = sources[0].analysis.outputShape;
    analysis.inputShape = input;
    analysis.network = outputNetwork(sources[0].analysis);
    // Real and fake images of different shapes are reported on the generator output node.
    const shapes = new Set(sources.map((s) => formatShape(s.analysis.outputShape!)));
    if (shapes.size > 1) return;
  }

  const result = nodeType.inferShape(input, analysis.params as never);
  if ('error' in result) {
    fail('shape-mismatch', result.error, result.errorRu);
    return;
  }
  analysis.outputShape = result.shape;
  analysis.paramCount = nodeType.countParams(input, analysis.params as never);
  if (nodeType.role === 'noise-source') analysis.network = 'generator';
  if (nodeType.role === 'image-source') analysis.network = 'discriminator';
}

/** The network that a node's output feeds: the generator's output images go to the discriminator. */
export function outputNetwork(analysis: NodeAnalysis): Network | null {
  return analysis.nodeType?.role === 'generator-end' ? 'discriminator' : analysis.network;
}

/**
 * Returns the message, in English and Russian, for a connection whose output kind the input
 * does not take, or null when it fits. Both ports must exist.
 */
function describeIncompatible(
  c: GraphConnection,
  byId: Map<string, GraphNode>,
  sourceType: NodeType,
  targetType: NodeType,
): [string, string] | null {
  const outputKind = sourceType.outputs.find((p) => p.key === c.sourceOutput)!.socket;
  const input = targetType.inputs.find((p) => p.key === c.targetInput)!;
  if (acceptsSocket(input.socket, outputKind)) return null;
  const name = (id: string, type: NodeType, language: Language) =>
    describeNode(byId.get(id)!, type, language);
  const inputRu = targetType.ru.ports[input.key] ?? input.label;
  return [
    `${name(c.source, sourceType, 'en')} outputs ${OUTPUT_SOCKET_NAMES[outputKind]}, but the ` +
      `input "${input.label}" of ${name(c.target, targetType, 'en')} takes ` +
      `${INPUT_SOCKET_NAMES[input.socket]}: remove this connection, or put a layer such as Dense between them.`,
    `${name(c.source, sourceType, 'ru')} выдаёт ${OUTPUT_SOCKET_NAMES_RU[outputKind]}, а вход ` +
      `«${inputRu}» узла ${name(c.target, targetType, 'ru')} принимает ` +
      `${INPUT_SOCKET_NAMES_RU[input.socket]}: удалите эту связь или поставьте между ними слой, например Dense.`,
  ];
}
