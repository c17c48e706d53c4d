import { useTranslation } from 'react-i18next';
import { pickMessage, type BilingualMessage } from '../i18n/bilingual';
import { useLanguage } from '../i18n/use-language';

interface ImportErrorBannerProps {
  message: BilingualMessage | null;
  onDismiss(): void;
}

/** Shows why a preset could not be opened, until dismissed or the next successful open. */
export function ImportErrorBanner({ message, onDismiss }: ImportErrorBannerProps) {
  const { t } = useTranslation('presets');
  const language = useLanguage();
  if (message === null) return null;
  return (
    <div className="gv-import-error" role="alert" data-testid="import-error">
      <span className="gv-import-error__title">{t('banner.title')}</span>
      <span className="gv-import-error__message">{pickMessage(message, language)}</span>
      <button
        type="button"
        className="gv-button gv-import-error__dismiss"
        onClick={onDismiss}
        title={t('banner.dismissTooltip')}
      >
        {t('banner.dismiss')}
      </button>
    </div>
  );
}
