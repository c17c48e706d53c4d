import i18next, { type Resource } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, collectCatalogs, type CatalogModules } from './catalogs';

/** The localStorage key that remembers the language the user picked. */
export const LANGUAGE_STORAGE_KEY = 'ganvas.language';

const modules = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', {
  eager: true,
}) as CatalogModules;

/** Every catalog shipped with the app, as i18next resources: `{ en: { toolbar: {...} }, ru: ... }`. */
export const RESOURCES: Resource = collectCatalogs(modules);

/**
 * Starts i18next for the React UI. The language is the one the user last picked, else the
 * browser's, else English.
 */
export function setupI18n() {
  // Screen readers and the browser's hyphenation read the page's language from <html lang>.
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = i18next.resolvedLanguage ?? language;
  });
  void i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: RESOURCES,
      supportedLngs: [...LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      defaultNS: 'common',
      ns: Object.keys(RESOURCES.en ?? {}),
      // React escapes text itself, and labels from presets must stay byte for byte.
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
    });
  return i18next;
}
