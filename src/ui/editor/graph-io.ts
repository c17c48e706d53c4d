import type { Graph, GraphConnection, GraphNode } from '../../schema/preset';
import {
  GanvasConnection,
  GanvasNode,
  type GanvasArea,
  type GanvasNodeEditor,
} from './ganvas-node';

/**
 * Reads the editor's nodes, connections and positions into a plain Graph, the form that the
 * analyzer, the trainer and preset files take. Parameter values are deep copies.
 */
export function exportGraph(editor: GanvasNodeEditor, area: GanvasArea): Graph {
  const nodes = editor.getNodes().map((node): GraphNode => {
    const position = area.nodeViews.get(node.id)?.position ?? { x: 0, y: 0 };
    return {
      id: node.id,
      type: node.typeName,
      ...(node.customLabel !== undefined && { label: node.customLabel }),
      params: structuredClone(node.params),
      position: { x: position.x, y: position.y },
    };
  });
  const connections = editor.getConnections().map(
    (connection): GraphConnection => ({
      source: connection.source,
      sourceOutput: String(connection.sourceOutput),
      target: connection.target,
      targetInput: String(connection.targetInput),
    }),
  );
  return { nodes, connections };
}

/**
 * Clears the editor and builds `graph` in it. Returns the connections that were left out
 * because a node or port they name does not exist, which only an unchecked graph can contain:
 * presets read with readPresetData have had their references checked. Throws, as rete does,
 * when two nodes share an id.
 */
export async function loadGraph(
  editor: GanvasNodeEditor,
  area: GanvasArea,
  graph: Graph,
): Promise<GraphConnection[]> {
  await editor.clear();
  return addGraph(editor, area, graph);
}

/**
 * Adds the nodes and connections of `graph` to the editor, next to the nodes it has. Returns
 * the connections left out, as loadGraph does. Throws when a node id is already in use.
 */
export async function addGraph(
  editor: GanvasNodeEditor,
  area: GanvasArea,
  graph: Graph,
): Promise<GraphConnection[]> {
  for (const { id, type, label, params, position } of graph.nodes) {
    const node = new GanvasNode(id, type, structuredClone(params), label);
    await editor.addNode(node);
    await area.translate(node.id, position);
  }

  const skipped: GraphConnection[] = [];
  for (const connection of graph.connections) {
    const source = editor.getNode(connection.source);
    const target = editor.getNode(connection.target);
    if (!source?.outputs[connection.sourceOutput] || !target?.inputs[connection.targetInput]) {
      skipped.push(connection);
      continue;
    }
    await editor.addConnection(
      new GanvasConnection(source, connection.sourceOutput, target, connection.targetInput),
    );
  }
  return skipped;
}
