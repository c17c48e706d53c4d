import { AreaExtensions } from 'rete-area-plugin';
import type { GanvasArea, GanvasNodeEditor } from './ganvas-node';

/** The selected nodes of the canvas, which copy, duplicate and delete act on. */
export interface NodeSelection {
  /** Ids of the selected nodes, in the editor's order. */
  ids(): string[];
  /** Selects the node, adding it to the selection when `accumulate` is true. */
  select(nodeId: string, accumulate: boolean): Promise<void>;
  /** Makes `nodeIds` the whole selection. */
  set(nodeIds: readonly string[]): Promise<void>;
  /** Tells whether Ctrl, Cmd or Shift is held, so that a click adds to the selection. */
  accumulating(): boolean;
  destroy(): void;
}

/**
 * Lets nodes be selected with the area plugin's selector: a click selects a node, a click with
 * Ctrl, Cmd or Shift adds it, and a click on the empty canvas clears the selection.
 */
export function setupNodeSelection(editor: GanvasNodeEditor, area: GanvasArea): NodeSelection {
  const modifiers = { ctrl: false, shift: false };
  const track = (event: KeyboardEvent) => {
    modifiers.ctrl = event.ctrlKey || event.metaKey;
    modifiers.shift = event.shiftKey;
  };
  const forget = () => {
    modifiers.ctrl = false;
    modifiers.shift = false;
  };
  document.addEventListener('keydown', track);
  document.addEventListener('keyup', track);
  window.addEventListener('blur', forget);

  const accumulating = () => modifiers.ctrl || modifiers.shift;
  const selector = AreaExtensions.selector();
  const selectable = AreaExtensions.selectableNodes(area, selector, {
    accumulating: { active: accumulating },
  });
  // The selector moves every selected node along with the last node picked, even when code
  // moves that node later, as undo and auto-arrange do. A drag ends with the pointer up.
  area.addPipe((signal) => {
    if (signal.type === 'pointerup') selector.release();
    return signal;
  });

  return {
    ids: () => editor.getNodes().filter((node) => node.selected).map((node) => node.id),
    select: (nodeId, accumulate) => selectable.select(nodeId, accumulate),
    async set(nodeIds) {
      selector.release();
      await selector.unselectAll();
      for (const id of nodeIds) await selectable.select(id, true);
    },
    accumulating,
    destroy() {
      document.removeEventListener('keydown', track);
      document.removeEventListener('keyup', track);
      window.removeEventListener('blur', forget);
    },
  };
}
