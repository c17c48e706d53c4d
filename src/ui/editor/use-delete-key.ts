import { useEffect } from 'react';
import type { GanvasEditor } from './create-editor';
import { isEditable } from './is-editable';

/** Deletes the selected nodes on Delete or Backspace, unless the key goes to a text field. */
export function useDeleteKey(editor: GanvasEditor | null): void {
  useEffect(() => {
    if (!editor) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Delete' && event.key !== 'Backspace') return;
      if (isEditable(event.target)) return;
      event.preventDefault();
      void editor.deleteSelected();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor]);
}
