import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Preset } from '../../src/schema/preset';
import type { PresetError } from '../../src/schema/preset-error';

export const presetDir = join(import.meta.dirname, '..', '..', 'presets');
export const presetFiles = readdirSync(presetDir).filter((f) => f.endsWith('.json')).sort();

export function readPresetText(file: string): string {
  return readFileSync(join(presetDir, file), 'utf8');
}

/** Returns the MLP preset as parsed JSON, for tests that change a field and serialize it again. */
export function mlpPresetJson(): Record<string, any> {
  return JSON.parse(readPresetText('mlp-mnist.json'));
}

/** Labels that break naive escaping: HTML, an ampersand, both quote kinds and Cyrillic. */
export const TRICKY_LABELS = [
  '<script>alert("x")</script>',
  'Tom & Jerry\'s "layer"',
  'Генератор: слой №1',
] as const;

/** Copies a preset and puts TRICKY_LABELS on its first nodes. */
export function withTrickyLabels(preset: Preset): Preset {
  const nodes = preset.nodes.map((node, i) => (i < TRICKY_LABELS.length ? { ...node, label: TRICKY_LABELS[i] } : node));
  return { ...preset, nodes };
}

/**
 * Returns the code and English message of a failed result, and throws when the result is a
 * success. The Russian message is left out here and checked by its own tests.
 */
export function errorOf(result: { ok: true } | { ok: false; error: PresetError }): PresetError {
  if (result.ok) throw new Error('expected an error, got a success');
  const { code, message } = result.error;
  return { code, message };
}
