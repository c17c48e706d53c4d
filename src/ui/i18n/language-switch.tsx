import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './catalogs';

/** Renders a select that switches the whole interface between English and Russian. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const current = i18n.resolvedLanguage ?? 'en';
  return (
    <label className="gv-language" title={t('language.tooltip')}>
      <span className="gv-visually-hidden">{t('language.label')}</span>
      <select
        className="gv-preset__select gv-language__select"
        value={current}
        data-testid="language-switch"
        onChange={(event) => void i18n.changeLanguage(event.target.value)}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`language.names.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
