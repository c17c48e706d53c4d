import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { readClipboardText, writeClipboardText } from '../../presets/clipboard-data';
import type { GanvasEditor } from './create-editor';
import { isEditable } from './is-editable';

/** Tells whether the page has text selected, which Ctrl+C should copy as the browser does. */
function hasTextSelection(): boolean {
  return (window.getSelection()?.toString() ?? '') !== '';
}

/**
 * Copies (Ctrl+C), cuts (Ctrl+X) and pastes (Ctrl+V) selected nodes through the system
 * clipboard as preset text, duplicates them (Ctrl+D), selects every node (Ctrl+A) and
 * arranges the graph (Shift+L), with Cmd in place of Ctrl on macOS. Keys that go to a text
 * field are left to it. Each paste of the same text lands a little further right and down,
 * so that copies do not hide each other.
 */
export function useEditingKeys(editor: GanvasEditor | null): void {
  const { t } = useTranslation('clipboard');

  useEffect(() => {
    if (!editor) return;
    let lastPasted: string | null = null;
    let pasteCount = 0;

    const copy = (event: ClipboardEvent): boolean => {
      if (isEditable(event.target) || hasTextSelection() || !event.clipboardData) return false;
      const piece = editor.copySelection();
      if (!piece) return false;
      event.clipboardData.setData('text/plain', writeClipboardText(piece));
      event.preventDefault();
      lastPasted = null;
      return true;
    };
    const cut = (event: ClipboardEvent) => {
      if (copy(event)) void editor.deleteSelected();
    };
    const paste = (event: ClipboardEvent) => {
      if (isEditable(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text === '') return;
      event.preventDefault();
      const result = readClipboardText(text);
      if (!result.ok) {
        const notNodes = ['invalid-json', 'not-a-preset'].includes(result.error.code);
        editor.showMessage(
          notNodes ? t('noNodes') : t('invalid', { reason: result.error.message }),
        );
        return;
      }
      pasteCount = text === lastPasted ? pasteCount + 1 : 1;
      lastPasted = text;
      void editor.pasteGraph(result.graph, pasteCount);
    };
    const keydown = (event: KeyboardEvent) => {
      if (isEditable(event.target) || event.altKey) return;
      const key = event.key.toLowerCase();
      const command = event.ctrlKey || event.metaKey;
      if (command && !event.shiftKey && key === 'a') {
        event.preventDefault();
        void editor.selectNodes(editor.editor.getNodes().map((node) => node.id));
      }
      if (command && !event.shiftKey && key === 'd') {
        // Ctrl+D would otherwise bookmark the page.
        event.preventDefault();
        const ids = editor.selectedIds();
        if (ids.length > 0) void editor.duplicateNodes(ids);
      }
      if (!command && event.shiftKey && key === 'l') {
        event.preventDefault();
        void editor.arrange();
      }
    };

    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    window.addEventListener('keydown', keydown);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
      window.removeEventListener('keydown', keydown);
    };
  }, [editor, t]);
}
