import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** A share link that was made, or the reason none could be made. */
export type ShareState = { url: string; copied: boolean } | { error: string };

interface ShareDialogProps {
  share: ShareState;
  onSaveFile(): void;
  onClose(): void;
}

/**
 * Shows the share link in a selected text field, so it can be copied by hand when the
 * clipboard is blocked. A link too long to share shows the error and offers a file instead.
 */
export function ShareDialog({ share, onSaveFile, onClose }: ShareDialogProps) {
  const field = useRef<HTMLInputElement>(null);
  const { t } = useTranslation('presets');
  useEffect(() => field.current?.select(), [share]);

  return (
    <div
      className="gv-share"
      role="dialog"
      aria-label={t('share.label')}
      data-testid="share-dialog"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      {'url' in share ? (
        <>
          <p className="gv-share__text">
            {share.copied ? t('share.copied') : t('share.noClipboard')}
          </p>
          <input
            ref={field}
            className="gv-share__url"
            readOnly
            value={share.url}
            aria-label={t('share.label')}
            data-testid="share-url"
          />
        </>
      ) : (
        <>
          <p className="gv-share__text" data-testid="share-error">
            {share.error}
          </p>
          <button type="button" className="gv-button" onClick={onSaveFile} title={t('share.saveFileTooltip')}>
            {t('share.saveFile')}
          </button>
        </>
      )}
      <button type="button" className="gv-button" onClick={onClose} title={t('share.closeTooltip')}>
        {t('share.close')}
      </button>
    </div>
  );
}
