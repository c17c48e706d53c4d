interface ImportErrorBannerProps {
  message: string | null;
  onDismiss(): void;
}

/** Shows why a preset could not be opened, until dismissed or the next successful open. */
export function ImportErrorBanner({ message, onDismiss }: ImportErrorBannerProps) {
  if (message === null) return null;
  return (
    <div className="gv-import-error" role="alert" data-testid="import-error">
      <span className="gv-import-error__title">Could not open the preset.</span>
      <span className="gv-import-error__message">{message}</span>
      <button
        type="button"
        className="gv-button gv-import-error__dismiss"
        onClick={onDismiss}
        title="Hide this message. The graph on screen was not changed."
      >
        Dismiss
      </button>
    </div>
  );
}
