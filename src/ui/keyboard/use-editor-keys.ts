import { useEffect } from 'react';
import type { GraphAnalysis } from '../../graph/analyze';
import type { GanvasEditor } from '../editor/create-editor';
import { isEditable } from '../editor/is-editable';
import type { Store } from '../store/external-store';
import { focusNode, moveSelected } from './editor-navigation';
import { navigationOrder, stepNode } from './node-order';

/** Canvas pixels an arrow key moves the selected node, and with Shift held. */
export const MOVE_STEP = { normal: 10, far: 50 };

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Callbacks of the shortcuts that act outside the canvas. */
export interface EditorKeyActions {
  /** Shows the list of shortcuts. */
  onHelp(): void;
  /** Moves the focus to the inspector of the selected node. */
  onInspect(): void;
}

/**
 * Adds the canvas shortcuts that work without a mouse. ] and [ select the next or previous
 * node and pan to it, arrow keys move the selected node, and Escape clears the selection.
 * Enter calls `onInspect` and ? calls `onHelp`. Keys that go to a text field, a select or a
 * dialog are left alone, and so is Enter on a button or link.
 */
export function useEditorKeys(
  editor: GanvasEditor | null,
  analysis: Store<GraphAnalysis>,
  actions: EditorKeyActions,
): void {
  const { onHelp, onInspect } = actions;
  useEffect(() => {
    if (!editor) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isEditable(event.target)) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      const handled = handleKey(editor, analysis, event, { onHelp, onInspect });
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor, analysis, onHelp, onInspect]);
}

function handleKey(
  editor: GanvasEditor,
  analysis: Store<GraphAnalysis>,
  event: KeyboardEvent,
  { onHelp, onInspect }: EditorKeyActions,
): boolean {
  if (event.key === '?') {
    onHelp();
    return true;
  }
  if (event.key === 'Enter') {
    // Enter on a button or link belongs to that control.
    const onControl = event.target instanceof Element && event.target.closest('button, a');
    if (onControl || editor.selection.get().length !== 1) return false;
    onInspect();
    return true;
  }
  if (event.key === ']' || event.key === '[') {
    const ids = editor.editor.getNodes().map((node) => node.id);
    const order = navigationOrder(ids, analysis.get().order);
    const selected = editor.selection.get();
    const current = selected.length > 0 ? selected[selected.length - 1] : null;
    const next = stepNode(order, current, event.key === ']' ? 1 : -1);
    if (next) void focusNode(editor, next);
    return true;
  }
  if (event.key === 'Escape') {
    if (editor.selection.get().length === 0) return false;
    void editor.selectNode(null);
    return true;
  }
  const arrow = ARROWS[event.key];
  if (arrow && editor.selection.get().length > 0) {
    const step = event.shiftKey ? MOVE_STEP.far : MOVE_STEP.normal;
    void moveSelected(editor, arrow[0] * step, arrow[1] * step);
    return true;
  }
  return false;
}
