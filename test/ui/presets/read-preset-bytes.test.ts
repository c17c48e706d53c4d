import { describe, expect, it } from 'vitest';
import { BUILTIN_PRESETS } from '../../../src/presets/builtin';
import { serializePreset } from '../../../src/presets/preset-file';
import { encodePngWithPreset } from '../../../src/presets/png-recipe';
import type { PresetResult } from '../../../src/schema/preset-error';
import { fileStemFor, readPresetBytes } from '../../../src/ui/presets/read-preset-bytes';

const preset = BUILTIN_PRESETS[1].preset;
const utf8 = (text: string) => new TextEncoder().encode(text);

function presetOf(result: PresetResult) {
  if (!result.ok) throw new Error(`expected a preset, got ${result.error.code}: ${result.error.message}`);
  return result.preset;
}

describe('readPresetBytes', () => {
  it('reads preset JSON', () => {
    expect(presetOf(readPresetBytes(utf8(serializePreset(preset))))).toEqual(preset);
  });

  it('reads a PNG recipe', () => {
    const grid = { width: 2, height: 1, pixels: new Uint8ClampedArray([1, 2, 3, 255, 4, 5, 6, 255]) };
    expect(presetOf(readPresetBytes(encodePngWithPreset(grid, preset)))).toEqual(preset);
  });

  it.for([
    ['truncated JSON', utf8('{"format": "ganvas-preset"'), 'invalid-json'],
    ['JSON of another kind', utf8('{"hello": 1}'), 'not-a-preset'],
    ['invalid UTF-8', new Uint8Array([0xff, 0xfe, 0x00]), 'invalid-json'],
    ['a PNG without preset', new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0]), 'corrupt-png'],
  ] as const)('rejects %s', ([, bytes, code]) => {
    const result = readPresetBytes(bytes);
    if (result.ok) throw new Error('expected an error, got a preset');
    expect(result.error.code).toBe(code);
  });
});

describe('fileStemFor', () => {
  it.for([
    ['MLP on MNIST', 'mlp-on-mnist'],
    ['  Café / GAN #2 ', 'cafe-gan-2'],
    ['<script>', 'script'],
    ['Генератор', 'ganvas-preset'],
    ['', 'ganvas-preset'],
    ['a'.repeat(80), 'a'.repeat(60)],
  ] as const)('turns %j into %j', ([name, stem]) => {
    expect(fileStemFor(name)).toBe(stem);
  });
});
