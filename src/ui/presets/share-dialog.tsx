import { useEffect, useRef } from 'react';

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
  useEffect(() => field.current?.select(), [share]);

  return (
    <div
      className="gv-share"
      role="dialog"
      aria-label="Share link"
      data-testid="share-dialog"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      {'url' in share ? (
        <>
          <p className="gv-share__text">
            {share.copied
              ? 'The link is copied. Anyone who opens it sees this graph and its settings.'
              : 'The clipboard is not available here: copy the link from the field.'}
          </p>
          <input
            ref={field}
            className="gv-share__url"
            readOnly
            value={share.url}
            aria-label="Share link"
            data-testid="share-url"
          />
        </>
      ) : (
        <>
          <p className="gv-share__text" data-testid="share-error">
            {share.error}
          </p>
          <button type="button" className="gv-button" onClick={onSaveFile}>
            Save as file
          </button>
        </>
      )}
      <button type="button" className="gv-button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
