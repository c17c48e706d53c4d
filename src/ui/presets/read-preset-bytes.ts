import { hasPngSignature } from 'fast-png';
import { parsePreset } from '../../presets/preset-file';
import { readPresetFromPng } from '../../presets/png-recipe';
import type { PresetResult } from '../../schema/preset-error';

/**
 * Reads a preset from the bytes of an opened or dropped file: a PNG recipe when the bytes
 * start with the PNG signature, otherwise preset JSON in UTF-8. The file name is not trusted,
 * so a `.json` that is really a PNG still opens. Never throws for bad input.
 */
export function readPresetBytes(bytes: Uint8Array): PresetResult {
  if (hasPngSignature(bytes)) return readPresetFromPng(bytes);
  // Invalid UTF-8 becomes U+FFFD, which then fails as invalid JSON with a position.
  return parsePreset(new TextDecoder().decode(bytes));
}

/**
 * Turns a preset name into a file name stem: lowercase letters, digits and dashes, at most 60
 * characters, or `ganvas-preset` when nothing is left.
 */
export function fileStemFor(name: string): string {
  const stem = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem === '' ? 'ganvas-preset' : stem;
}
