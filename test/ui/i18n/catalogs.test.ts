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
      expect(catalogKeys(resources.ru[namespace]).sort()).toEqual(
        catalogKeys(resources.en[namespace]).sort(),
      );
    });

    it(`${namespace}: every message is a non-empty string with the same placeholders`, () => {
      for (const key of catalogKeys(resources.en[namespace])) {
        const en = messageAt(resources.en[namespace], key);
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
