import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('editor');
  return (
    <div className="gv-history" role="group" aria-label={t('history.label')}>
      <button
        type="button"
        className="gv-button"
        disabled={!editor}
        onClick={() => void editor?.undo()}
        title={t('history.undoTooltip')}
      >
        {t('history.undo')}
      </button>
      <button
        type="button"
        className="gv-button"
        disabled={!editor}
        onClick={() => void editor?.redo()}
        title={t('history.redoTooltip')}
      >
        {t('history.redo')}
      </button>
    </div>
  );
}
