import { findNodeType } from '../../../nodes';
import { GanvasNode, nextNodeId, type GanvasArea, type GanvasNodeEditor } from './ganvas-node';

/** Removes every connection to or from `nodeId`. */
export async function disconnectNode(editor: GanvasNodeEditor, nodeId: string): Promise<void> {
  for (const connection of editor.getConnections()) {
    if (connection.source === nodeId || connection.target === nodeId) {
      await editor.removeConnection(connection.id);
    }
  }
}

/** Removes a node and its connections, because rete would leave connections to nothing. */
export async function removeNodeWithConnections(
  editor: GanvasNodeEditor,
  nodeId: string,
): Promise<void> {
  await disconnectNode(editor, nodeId);
  await editor.removeNode(nodeId);
}

/**
 * Sets the label that the node shows and exportGraph writes. An empty or blank `label` removes
 * it, so the node shows its type title again.
 */
export async function renameNode(area: GanvasArea, node: GanvasNode, label: string): Promise<void> {
  const trimmed = label.trim();
  node.customLabel = trimmed === '' ? undefined : trimmed;
  node.label = node.customLabel ?? findNodeType(node.typeName)?.title ?? node.typeName;
  await area.update('node', node.id);
}

/** Adds a node of `type` with default parameters, centred at `position` in canvas coordinates. */
export async function addNodeAt(
  editor: GanvasNodeEditor,
  area: GanvasArea,
  type: string,
  position: { x: number; y: number },
): Promise<GanvasNode> {
  const node = new GanvasNode(nextNodeId(editor, type), type, {});
  await editor.addNode(node);
  const height = area.nodeViews.get(node.id)?.element.clientHeight ?? 0;
  await area.translate(node.id, { x: position.x - node.width / 2, y: position.y - height / 2 });
  return node;
}
