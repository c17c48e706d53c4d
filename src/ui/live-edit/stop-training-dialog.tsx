import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './live-edit.css';

interface StopTrainingDialogProps {
  /** The reason the edit needs training stopped, in the user's language. */
  reason: string;
  onStop(): void;
  onClose(): void;
}

/**
 * Tells the user that an edit was undone because it needs training stopped, and offers to stop
 * training. The Stop button has the focus, and Escape closes the dialog.
 */
export function StopTrainingDialog({ reason, onStop, onClose }: StopTrainingDialogProps) {
  const { t } = useTranslation('liveEdit');
  const titleId = useId();
  const stopButton = useRef<HTMLButtonElement>(null);
  useEffect(() => stopButton.current?.focus(), [reason]);

  return (
    <div
      className="gv-stop-training"
      role="alertdialog"
      aria-labelledby={titleId}
      data-testid="stop-training-dialog"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <h2 id={titleId} className="gv-stop-training__title">
        {t('dialog.title')}
      </h2>
      <p className="gv-stop-training__text">{reason}</p>
      <p className="gv-stop-training__text">{t('dialog.advice')}</p>
      <div className="gv-stop-training__buttons">
        <button
          ref={stopButton}
          type="button"
          className="gv-button gv-button--primary"
          title={t('dialog.stopTooltip')}
          onClick={onStop}
        >
          {t('dialog.stop')}
        </button>
        <button
          type="button"
          className="gv-button"
          title={t('dialog.keepTooltip')}
          onClick={onClose}
        >
          {t('dialog.keep')}
        </button>
      </div>
    </div>
  );
}
