/** The languages the interface is written in. */
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Catalog modules keyed by path, as `import.meta.glob` returns them. */
export type CatalogModules = Record<string, { default: Record<string, unknown> }>;

/**
 * Groups catalog files `./locales/<language>/<namespace>.json` into
 * `{ [language]: { [namespace]: catalog } }`.
 */
export function collectCatalogs(modules: CatalogModules) {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, module] of Object.entries(modules)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) throw new Error(`catalog path ${path} is not locales/<language>/<namespace>.json`);
    const [, language, namespace] = match;
    resources[language] ??= {};
    resources[language][namespace] = module.default;
  }
  return resources;
}

/** Lists the dotted keys of a nested catalog, e.g. `buttons.train`. */
export function catalogKeys(catalog: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null
      ? catalogKeys(value as Record<string, unknown>, path)
      : [path];
  });
}

/** Lists the `{{name}}` placeholders of a message, sorted, so both languages can be compared. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
}
