import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Keys with the `keyboard` catalog key of what they do. Key names read the same in every
 * language, except the few given as catalog keys.
 */
const SHORTCUTS: readonly [keys: string, action: string][] = [
  [']', 'nextNode'],
  ['[', 'previousNode'],
  ['keys.arrows', 'move'],
  ['keys.shiftArrows', 'moveFar'],
  ['Escape', 'unselect'],
  ['Enter', 'inspect'],
  ['Delete / Backspace', 'delete'],
  ['Ctrl+Z', 'undo'],
  ['Ctrl+Shift+Z / Ctrl+Y', 'redo'],
  ['Ctrl+A', 'selectAll'],
  ['keys.shiftDrag', 'boxSelect'],
  ['Ctrl+C / Ctrl+X / Ctrl+V', 'clipboard'],
  ['Ctrl+D', 'duplicate'],
  ['Shift+L', 'arrange'],
  ['Ctrl+S', 'save'],
  ['Ctrl+O', 'open'],
  ['keys.inspector', 'connect'],
  ['?', 'help'],
];

/**
 * Renders a dialog that lists the keyboard shortcuts. It takes the focus when it opens, closes
 * on Escape or its Close button, and gives the focus back to where it was.
 */
export function ShortcutHelp({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('keyboard');
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="gv-shortcuts__backdrop" onClick={onClose}>
      <div
        className="gv-shortcuts"
        role="dialog"
        aria-modal="true"
        aria-labelledby="gv-shortcuts-title"
        data-testid="shortcut-help"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          // The Close button is the dialog's only control, so Tab keeps the focus on it.
          if (event.key === 'Tab') event.preventDefault();
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          onClose();
        }}
      >
        <h2 id="gv-shortcuts-title">{t('help.title')}</h2>
        <p>{t('help.intro')}</p>
        <table>
          <tbody>
            {SHORTCUTS.map(([keys, action]) => (
              <tr key={action}>
                <th scope="row">
                  <kbd>{keys.startsWith('keys.') ? t(keys) : keys}</kbd>
                </th>
                <td>{t(`actions.${action}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          ref={closeButton}
          type="button"
          className="gv-button"
          title={t('help.closeTooltip')}
          onClick={onClose}
        >
          {t('help.close')}
        </button>
      </div>
    </div>
  );
}
