import type { GanvasEditor } from '../editor/create-editor';
import { GanvasConnection } from '../editor/ganvas-node';

/**
 * Connects an output to an input through the editor, so the same checks as a drag apply: a
 * connection that would close a cycle is rejected with a message on the canvas. Resolves with
 * false when it was rejected or a node is missing.
 */
export async function connectPorts(
  editor: GanvasEditor,
  source: { nodeId: string; port: string },
  target: { nodeId: string; port: string },
): Promise<boolean> {
  const from = editor.editor.getNode(source.nodeId);
  const to = editor.editor.getNode(target.nodeId);
  if (!from || !to) return false;
  return editor.editor.addConnection(new GanvasConnection(from, source.port, to, target.port));
}

/** Removes the connection from `source` to `target`, if there is one. */
export async function disconnectPorts(
  editor: GanvasEditor,
  source: { nodeId: string; port: string },
  target: { nodeId: string; port: string },
): Promise<void> {
  const connection = editor.editor
    .getConnections()
    .find(
      (c) =>
        c.source === source.nodeId &&
        c.sourceOutput === source.port &&
        c.target === target.nodeId &&
        c.targetInput === target.port,
    );
  if (connection) await editor.editor.removeConnection(connection.id);
}
