import type { GraphConnection, GraphNode, Preset } from '../schema/preset';

/**
 * Copies a preset into plain JSON data with its fields in the order of a saved file. Optional
 * fields that are unset are left out. Throws when a parameter value is not JSON data, which
 * only a bug in the caller can cause.
 */
export function toPlainPreset(preset: Preset): Preset {
  return {
    format: preset.format,
    version: preset.version,
    name: preset.name,
    description: preset.description,
    training: {
      batchSize: preset.training.batchSize,
      generatorLearningRate: preset.training.generatorLearningRate,
      discriminatorLearningRate: preset.training.discriminatorLearningRate,
      beta1: preset.training.beta1,
      seed: preset.training.seed,
    },
    nodes: preset.nodes.map(toPlainNode),
    connections: preset.connections.map(toPlainConnection),
    ...(preset.view && { view: { x: preset.view.x, y: preset.view.y, zoom: preset.view.zoom } }),
    ...(preset.notes !== undefined && { notes: preset.notes }),
  };
}

function toPlainNode(node: GraphNode): GraphNode {
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node.params)) {
    params[name] = toPlainValue(value, () => `parameter ${name} of node ${node.id}`);
  }
  return {
    id: node.id,
    type: node.type,
    ...(node.label !== undefined && { label: node.label }),
    params,
    position: { x: node.position.x, y: node.position.y },
  };
}

function toPlainConnection(connection: GraphConnection): GraphConnection {
  const { source, sourceOutput, target, targetInput } = connection;
  return { source, sourceOutput, target, targetInput };
}

/** Copies a parameter value; typed arrays, such as a shape kept as an Int32Array, become arrays. */
function toPlainValue(value: unknown, where: () => string): unknown {
  if (value === null || ['number', 'string', 'boolean'].includes(typeof value)) return value;
  if (Array.isArray(value)) return value.map((item) => toPlainValue(item, where));
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>);
  }
  throw new Error(`${where()} is not plain JSON data`);
}
