import { describe, expect, it } from 'vitest';
import {
  catalogKeys,
  collectCatalogs,
  LANGUAGES,
  placeholders,
  type CatalogModules,
} from '../../../src/ui/i18n/catalogs';

const modules = import.meta.glob<{ default: Record<string, unknown> }>(
  '../../../src/ui/i18n/locales/*/*.json',
  { eager: true },
) as CatalogModules;
const resources = collectCatalogs(modules);

/**
 * Lists a catalog's keys with i18next's plural suffixes removed, because Russian has more
 * plural forms (one, few, many, other) than English (one, other).
 */
function baseKeys(catalog: Record<string, unknown>): string[] {
  const keys = catalogKeys(catalog).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, ''));
  return [...new Set(keys)].sort();
}

function messageAt(catalog: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown>)[part], catalog);
}

describe('interface catalogs', () => {
  it('exist for every language with the same namespaces', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
    expect(Object.keys(resources.ru).sort()).toEqual(Object.keys(resources.en).sort());
  });

  for (const namespace of Object.keys(resources.en)) {
    it(`${namespace}: Russian has exactly the English keys`, () => {
      expect(baseKeys(resources.ru[namespace])).toEqual(baseKeys(resources.en[namespace]));
    });

    it(`${namespace}: plural keys have every form each language needs`, () => {
      const plurals = catalogKeys(resources.en[namespace]).filter((key) => key.endsWith('_other'));
      for (const key of plurals) {
        const base = key.slice(0, -'_other'.length);
        const ru = catalogKeys(resources.ru[namespace]);
        for (const form of ['one', 'other']) expect(catalogKeys(resources.en[namespace]), base).toContain(`${base}_${form}`);
        for (const form of ['one', 'few', 'many', 'other']) expect(ru, base).toContain(`${base}_${form}`);
      }
    });

    it(`${namespace}: every message is a non-empty string with the same placeholders`, () => {
      for (const key of catalogKeys(resources.ru[namespace])) {
        // Russian's extra plural forms are compared with the English `other` form.
        const enKey = key.replace(/_(few|many)$/, '_other');
        const en = messageAt(resources.en[namespace], enKey);
        const ru = messageAt(resources.ru[namespace], key);
        expect(typeof en, key).toBe('string');
        expect(typeof ru, key).toBe('string');
        expect((ru as string).trim(), key).not.toBe('');
        expect(placeholders(ru as string), key).toEqual(placeholders(en as string));
      }
    });
  }

  it('reads a language and namespace from each catalog path', () => {
    const grouped = collectCatalogs({
      './locales/en/toolbar.json': { default: { a: 'A' } },
      './locales/ru/toolbar.json': { default: { a: 'А' } },
    });
    expect(grouped).toEqual({ en: { toolbar: { a: 'A' } }, ru: { toolbar: { a: 'А' } } });
    expect(() => collectCatalogs({ './en.json': { default: {} } })).toThrow('locales/<language>');
  });

  it('lists nested keys and placeholders', () => {
    expect(catalogKeys({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })).toEqual(['a.b', 'a.c.d', 'e']);
    expect(placeholders('Step {{step}} of {{ total }}')).toEqual(['step', 'total']);
  });
});

describe('built-in preset names', () => {
  it('are translated for every built-in preset', async () => {
    const { BUILTIN_PRESETS } = await import('../../../src/presets/builtin');
    const builtin = (language: string) => resources[language].toolbar.builtin as Record<string, unknown>;
    expect(Object.keys(builtin('en')).sort()).toEqual(BUILTIN_PRESETS.map((p) => p.id).sort());
    for (const preset of BUILTIN_PRESETS) {
      expect(builtin('en')[preset.id]).toEqual({ name: preset.name, description: preset.description });
    }
  });
});
