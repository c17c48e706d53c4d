import { useEffect } from 'react';
import type { GanvasEditor } from './create-editor';
import { isEditable } from './is-editable';

/**
 * Undoes on Ctrl+Z and redoes on Ctrl+Shift+Z or Ctrl+Y (Cmd on macOS), unless the key goes
 * to a text field, which keeps the browser's own text undo.
 */
export function useHistoryKeys(editor: GanvasEditor | null): void {
  useEffect(() => {
    if (!editor) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (isEditable(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = key === 'y' || (key === 'z' && event.shiftKey);
      if (key !== 'z' && !redo) return;
      event.preventDefault();
      void (redo ? editor.redo() : editor.undo());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor]);
}

/** Undo and redo buttons for the corner of the canvas. */
export function HistoryButtons({ editor }: { editor: GanvasEditor | null }) {
  return (
    <div className="gv-history" role="group" aria-label="Edit history">
      <button
        type="button"
        className="gv-button"
        disabled={!editor}
        onClick={() => void editor?.undo()}
        title="Undo the last edit (Ctrl+Z)"
      >
        Undo
      </button>
      <button
        type="button"
        className="gv-button"
        disabled={!editor}
        onClick={() => void editor?.redo()}
        title="Redo the last undone edit (Ctrl+Shift+Z or Ctrl+Y)"
      >
        Redo
      </button>
    </div>
  );
}
