import type { GanvasEditor } from '../editor/create-editor';

/**
 * Shrinks and shifts the view towards the right edge of the canvas so that the left `inset`
 * pixels, where a panel covers the canvas, hold no part of the fitted graph.
 */
export async function makeRoomOnLeft(editor: GanvasEditor, inset: number): Promise<void> {
  const area = editor.area.area;
  const { width, height } = area.content.holder.parentElement!.getBoundingClientRect();
  if (width <= inset) return;
  const { x, y, k } = area.transform;
  const scale = (width - inset) / width;
  await area.zoom(k * scale, 0, 0);
  await area.translate(width - (width - x) * scale, height / 2 - (height / 2 - y) * scale);
}
