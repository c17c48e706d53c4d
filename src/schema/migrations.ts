import type { z } from 'zod';
import { PRESET_VERSION, presetV1Schema, type PresetV1, type PresetV2 } from './preset';

/**
 * Migrates a version 1 preset to version 2. Version 2 only adds the optional editor view, and
 * a version 1 file has none, so the graph, settings and notes carry over unchanged.
 */
export function migrateV1ToV2(preset: PresetV1): PresetV2 {
  return { ...preset, version: 2 };
}

export type MigrationResult =
  | { ok: true; data: unknown }
  | { ok: false; issues: z.core.$ZodIssue[]; data: unknown };

type MigrationStep = (data: unknown) => MigrationResult;

/** Builds one step: validates the data against its version's schema, then migrates it. */
function step<T>(schema: z.ZodType<T>, migrate: (preset: T) => unknown): MigrationStep {
  return (data) => {
    const parsed = schema.safeParse(data, { reportInput: true });
    if (!parsed.success) return { ok: false, issues: parsed.error.issues, data };
    return { ok: true, data: migrate(parsed.data) };
  };
}

/** The step from each version to the next, keyed by the version it starts from. */
const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {
  1: step(presetV1Schema, migrateV1ToV2),
};

/**
 * Migrates preset data of `version` forward one version at a time up to PRESET_VERSION,
 * validating it against each version's schema on the way. The result still needs validating
 * against the current schema. Throws when `version` is not a known older version.
 */
export function migrateToCurrent(data: unknown, version: number): MigrationResult {
  let current = data;
  for (let from = version; from < PRESET_VERSION; from++) {
    const migrate = MIGRATIONS[from];
    if (!migrate) throw new Error(`no migration from preset version ${from}`);
    const result = migrate(current);
    if (!result.ok) return result;
    current = result.data;
  }
  return { ok: true, data: current };
}
