import type { GanvasEditor } from '../editor/create-editor';

/** Pans the view, at its current zoom, so that node `nodeId` is in the middle. */
export async function centreOnNode(editor: GanvasEditor, nodeId: string): Promise<void> {
  const view = editor.area.nodeViews.get(nodeId);
  if (!view) return;
  const { k } = editor.area.area.transform;
  const container = editor.area.container;
  const centreX = view.position.x + view.element.clientWidth / 2;
  const centreY = view.position.y + view.element.clientHeight / 2;
  await editor.area.area.translate(
    container.clientWidth / 2 - centreX * k,
    container.clientHeight / 2 - centreY * k,
  );
}

/** Selects node `nodeId` alone and pans the view to it. */
export async function focusNode(editor: GanvasEditor, nodeId: string): Promise<void> {
  await editor.selectNode(nodeId);
  await centreOnNode(editor, nodeId);
}

/**
 * Moves every selected node by (dx, dy) canvas pixels. The history plugin records each move,
 * so undo takes it back.
 */
export async function moveSelected(editor: GanvasEditor, dx: number, dy: number): Promise<void> {
  for (const id of editor.selection.get()) {
    const view = editor.area.nodeViews.get(id);
    if (view) await editor.area.translate(id, { x: view.position.x + dx, y: view.position.y + dy });
  }
}
