import type { Preset } from '../schema/preset';
import { failure, type PresetResult } from '../schema/preset-error';
import { readPresetData } from '../schema/read-preset-data';
import { describeJsonSyntaxError } from './json-syntax-error';
import { toPlainPreset } from './plain-preset';

/** Largest preset text parsePreset accepts: 1 MiB, counted in UTF-8 bytes. */
export const PRESET_MAX_BYTES = 1024 * 1024;

/**
 * Parses the text of a preset file of any version this build reads, and migrates it to the
 * current version. All or nothing: any problem gives one error naming it and its fix. Never
 * throws for bad input.
 */
export function parsePreset(text: string): PresetResult {
  const size = utf8Length(text);
  if (size > PRESET_MAX_BYTES) {
    const bytes = new Intl.NumberFormat('en-US').format(size);
    return failure(
      'preset-too-large',
      `This preset is ${bytes} bytes, but Ganvas reads presets up to 1 MiB (1,048,576 bytes): ` +
        'check that it is a Ganvas preset, or shorten its notes and remove unused nodes.',
      `Этот пресет занимает ${bytes} байт, а Ganvas читает пресеты до 1 МиБ (1,048,576 байт): ` +
        'проверьте, что это пресет Ganvas, или сократите заметки и удалите неиспользуемые узлы.',
    );
  }

  // JSON.parse rejects a UTF-8 byte order mark, which some editors write at the start.
  const json = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const reason = (error as Error).message;
    return failure(
      'invalid-json',
      describeJsonSyntaxError(reason, json),
      describeJsonSyntaxError(reason, json, 'ru'),
    );
  }
  return readPresetData(data);
}

/**
 * Serializes a preset as pretty-printed JSON with a final newline. Fields come in a fixed order
 * and only as plain data, so that parsePreset followed by serializePreset returns a file saved
 * by Ganvas unchanged.
 */
export function serializePreset(preset: Preset): string {
  return `${JSON.stringify(toPlainPreset(preset), null, 2)}\n`;
}

/** Serializes a preset as JSON without whitespace, for share links and PNG recipes. */
export function serializePresetCompact(preset: Preset): string {
  return JSON.stringify(toPlainPreset(preset));
}

/**
 * Counts the bytes of a string in UTF-8 without encoding it, so that a huge paste costs no
 * copy. A lone surrogate counts 3 bytes, as TextEncoder writes it as U+FFFD.
 */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
