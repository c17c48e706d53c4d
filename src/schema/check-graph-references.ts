import { findNodeType, NODE_TYPES, type NodeType, type PortSpec } from '../../nodes';
import { checkParam } from '../../nodes/validate-params';
import type { Graph, GraphConnection, GraphNode } from './preset';
import { failure, type Failure } from './preset-error';

/**
 * Checks what the schema cannot: that node ids are unique, node types and their parameters
 * exist, parameter values are in range, and every connection joins ports that exist. Returns
 * the first problem found, or null. Mistakes a user can make while editing, such as cycles or
 * unconnected inputs, are left to analyzeGraph so that unfinished work still loads.
 */
export function checkGraphReferences(graph: Graph): Failure | null {
  const byId = new Map<string, { node: GraphNode; nodeType: NodeType }>();
  for (const node of graph.nodes) {
    if (byId.has(node.id)) {
      return failure(
        'duplicate-node-id',
        `Two nodes have the id "${node.id}": give each node its own id.`,
        `У двух узлов один id "${node.id}": дайте каждому узлу свой id.`,
      );
    }
    const nodeType = findNodeType(node.type);
    if (!nodeType) {
      const known = NODE_TYPES.map((t) => t.type).join(', ');
      return failure(
        'unknown-node-type',
        `Node "${node.id}" has the unknown type "${node.type}": use one of ${known}, ` +
          'or open the preset in the newer Ganvas it was made with.',
        `У узла "${node.id}" неизвестный тип "${node.type}": используйте один из ${known} ` +
          'или откройте пресет в более новой версии Ganvas, в которой он сделан.',
      );
    }
    const paramError = checkNodeParams(node, nodeType);
    if (paramError) return paramError;
    byId.set(node.id, { node, nodeType });
  }

  for (const connection of graph.connections) {
    const connectionError = checkConnection(connection, byId);
    if (connectionError) return connectionError;
  }
  return null;
}

/** Checks the parameters a node sets; parameters it leaves out take their defaults later. */
function checkNodeParams(node: GraphNode, nodeType: NodeType): Failure | null {
  const name = `Node "${node.id}" (${nodeType.type})`;
  const nameRu = `Узел "${node.id}" (${nodeType.type})`;
  const known = Object.keys(nodeType.params);
  for (const [param, value] of Object.entries(node.params)) {
    const spec = Object.hasOwn(nodeType.params, param) ? nodeType.params[param] : undefined;
    if (!spec) {
      const none = known.length === 0;
      const fix = none
        ? 'remove it, because this type takes no parameters'
        : `rename it to one of ${known.join(', ')}, or remove it`;
      const fixRu = none
        ? 'удалите его, потому что у этого типа нет параметров'
        : `переименуйте его в один из ${known.join(', ')} или удалите`;
      return failure(
        'unknown-parameter',
        `${name} has no parameter "${param}": ${fix}.`,
        `${nameRu} не имеет параметра "${param}": ${fixRu}.`,
      );
    }
    const problem = checkParam(param, spec, value);
    if (problem) {
      return failure(
        'invalid-parameter',
        `${name} has an invalid parameter: ${problem.message} Change the value in the file.`,
        `${nameRu}: некорректный параметр: ${problem.messageRu} Измените значение в файле.`,
      );
    }
  }
  return null;
}

function checkConnection(
  connection: GraphConnection,
  byId: Map<string, { node: GraphNode; nodeType: NodeType }>,
): Failure | null {
  const { source, sourceOutput, target, targetInput } = connection;
  const label =
    `The connection from "${source}" (output "${sourceOutput}") ` +
    `to "${target}" (input "${targetInput}")`;
  const labelRu =
    `Связь от "${source}" (выход "${sourceOutput}") ` + `к "${target}" (вход "${targetInput}")`;
  for (const id of [source, target]) {
    if (!byId.has(id)) {
      return failure(
        'connection-node-not-found',
        `${label} refers to node "${id}", which is not in the preset: ` +
          'add a node with that id, or remove the connection.',
        `${labelRu} ссылается на узел "${id}", которого нет в пресете: ` +
          'добавьте узел с этим id или удалите связь.',
      );
    }
  }

  const from = byId.get(source)!;
  if (!from.nodeType.outputs.some((p) => p.key === sourceOutput)) {
    return portNotFound([label, labelRu], 'output', sourceOutput, from.node, from.nodeType.outputs, from.nodeType);
  }
  const to = byId.get(target)!;
  if (!to.nodeType.inputs.some((p) => p.key === targetInput)) {
    return portNotFound([label, labelRu], 'input', targetInput, to.node, to.nodeType.inputs, to.nodeType);
  }
  return null;
}

function portNotFound(
  [label, labelRu]: [string, string],
  side: 'input' | 'output',
  key: string,
  node: GraphNode,
  ports: readonly PortSpec[],
  nodeType: NodeType,
): Failure {
  const owner = `node "${node.id}" (${nodeType.type})`;
  const keys = ports.map((p) => `"${p.key}"`);
  let fix = `connect to its ${side} ${keys[0]} instead`;
  if (keys.length === 0) fix = `that type has no ${side}s, so remove the connection`;
  if (keys.length > 1) fix = `connect to one of its ${side}s ${keys.join(', ')} instead`;
  const sideRu = side === 'input' ? 'вход' : 'выход';
  const sidesRu = side === 'input' ? 'входов' : 'выходов';
  let fixRu = `подключите её к ${side === 'input' ? 'его входу' : 'его выходу'} ${keys[0]}`;
  if (keys.length === 0) fixRu = `у этого типа нет ${sidesRu}, так что удалите связь`;
  if (keys.length > 1) fixRu = `подключите её к одному из ${sidesRu} ${keys.join(', ')}`;
  return failure(
    'connection-port-not-found',
    `${label} uses the ${side} "${key}", which ${owner} does not have: ${fix}.`,
    `${labelRu} использует ${sideRu} "${key}", которого нет у узла "${node.id}" (${nodeType.type}): ${fixRu}.`,
  );
}
