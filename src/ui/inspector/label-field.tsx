import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface LabelFieldProps {
  /** The label as stored, or the type title when the node has none. */
  label: string;
  onRename(label: string): void;
}

/**
 * Edits a node's label. The text is applied on Enter or when the field loses the focus, and
 * Escape puts back the stored label.
 */
export function LabelField({ label, onRename }: LabelFieldProps) {
  const { t } = useTranslation('inspector');
  const id = useId();
  const [text, setText] = useState(label);
  // A label changed elsewhere, such as by undo or the context menu, replaces the text.
  const [shownLabel, setShownLabel] = useState(label);
  if (label !== shownLabel) {
    setShownLabel(label);
    setText(label);
  }
  const apply = () => {
    if (text.trim() !== label) onRename(text);
  };
  return (
    <div className="gv-inspector__label" title={t('labelField.tooltip')}>
      <label htmlFor={id}>{t('labelField.label')}</label>
      <input
        id={id}
        className="gv-param__input"
        value={text}
        spellCheck={false}
        data-testid="inspector-label"
        onChange={(event) => setText(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply();
          if (event.key === 'Escape') setText(label);
        }}
      />
    </div>
  );
}
