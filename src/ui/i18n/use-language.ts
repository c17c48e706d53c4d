import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../nodes';

/** Reads an i18next language code such as `ru-RU` as one of the interface languages. */
export function toLanguage(code: string | undefined): Language {
  return code?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** Reads the interface language, for code outside React such as the editor's dialogs and menus. */
export function currentLanguage(): Language {
  return toLanguage(i18next.resolvedLanguage ?? i18next.language);
}

/** Reads the interface language and re-renders the component when the user switches it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.resolvedLanguage ?? i18n.language);
}
