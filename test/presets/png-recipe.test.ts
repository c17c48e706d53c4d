import { decode, encode } from 'fast-png';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/presets/png-chunks';
import { encodePngWithPreset, MAX_PNG_BYTES, readPresetFromPng } from '../../src/presets/png-recipe';
import { parsePreset, serializePreset } from '../../src/presets/preset-file';
import type { Preset } from '../../src/schema/preset';
import { errorOf as errorOfResult, readPresetText, TRICKY_LABELS, withTrickyLabels } from './support';

function loadPreset(file: string): Preset {
  const result = parsePreset(readPresetText(file));
  if (!result.ok) throw new Error(result.error.message);
  return result.preset;
}

const mlp = loadPreset('mlp-mnist.json');

/** A 3x2 image: red, green, blue over white, grey, transparent black. */
const grid = {
  width: 3,
  height: 2,
  pixels: Uint8ClampedArray.of(
    255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255,
    255, 255, 255, 255, 128, 128, 128, 255, 0, 0, 0, 0,
  ),
};

const errorOf = (bytes: Uint8Array) => errorOfResult(readPresetFromPng(bytes));

const corruptPreset = {
  code: 'corrupt-png-preset',
  message: 'The preset stored in this PNG is damaged and could not be read: save the sample grid from Ganvas again.',
};

describe('encodePngWithPreset', () => {
  it('writes a PNG of the image', () => {
    const png = decode(encodePngWithPreset(grid, mlp));
    expect([png.width, png.height, png.channels, png.depth]).toEqual([3, 2, 4, 8]);
    expect([...png.data]).toEqual([...grid.pixels]);
  });

  it('stores the preset as lz-string base64 in a ganvas-preset text chunk', () => {
    const { text } = decode(encodePngWithPreset(grid, mlp));
    expect(Object.keys(text)).toEqual(['ganvas-preset']);
    expect(text['ganvas-preset']).toMatch(/^[A-Za-z0-9+/=]+$/);
    const json = LZString.decompressFromBase64(text['ganvas-preset']);
    expect(JSON.parse(json)).toEqual(JSON.parse(readPresetText('mlp-mnist.json')));
  });

  it('throws when the pixels do not match the size', () => {
    expect(() => encodePngWithPreset({ ...grid, width: 4 }, mlp)).toThrow('a 4x2 RGBA image needs 32 bytes, got 24');
  });
});

describe('readPresetFromPng', () => {
  it('round-trips a preset', () => {
    expect(readPresetFromPng(encodePngWithPreset(grid, mlp))).toEqual({ ok: true, preset: mlp });
  });

  it('keeps HTML, quotes and Cyrillic in labels byte for byte', () => {
    const preset = withTrickyLabels(mlp);
    const result = readPresetFromPng(encodePngWithPreset(grid, preset));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.preset.nodes.slice(0, 3).map((n) => n.label)).toEqual([...TRICKY_LABELS]);
    expect(serializePreset(result.preset)).toBe(serializePreset(preset));
  });

  it('rejects a file that is not a PNG', () => {
    expect(errorOf(new TextEncoder().encode(readPresetText('mlp-mnist.json')))).toEqual({
      code: 'not-a-png',
      message: 'This file is not a PNG image: open a sample grid PNG saved by Ganvas, or a preset JSON file.',
    });
  });

  it('rejects a PNG over 8 MiB', () => {
    const bytes = new Uint8Array(MAX_PNG_BYTES + 1);
    bytes.set(encodePngWithPreset(grid, mlp));
    expect(errorOf(bytes)).toEqual({
      code: 'png-too-large',
      message:
        'This PNG is 8,388,609 bytes, but Ganvas reads PNGs up to 8 MiB (8,388,608 bytes): ' +
        'open the sample grid PNG that Ganvas saved.',
    });
  });

  it('rejects a PNG without a preset', () => {
    const png = encode({ width: 3, height: 2, data: grid.pixels, channels: 4, depth: 8, text: { Software: 'other' } });
    expect(errorOf(png)).toEqual({
      code: 'no-preset-in-png',
      message:
        'This PNG contains no Ganvas preset: only sample grids saved by Ganvas carry one, and ' +
        'image editors may drop it when they save a copy. Open the PNG as Ganvas saved it.',
    });
  });

  it('rejects a PNG cut short', () => {
    // Signature (8 bytes) and IHDR (25 bytes), then the IDAT header and 9 of its data bytes.
    expect(errorOf(encodePngWithPreset(grid, mlp).slice(0, 50))).toEqual({
      code: 'corrupt-png',
      message:
        'This PNG is damaged, because its IDAT chunk runs past the end of the file: ' +
        'save the sample grid from Ganvas again.',
    });
  });

  it('rejects a PNG that ends before IEND', () => {
    // Signature and IHDR only.
    expect(errorOf(encodePngWithPreset(grid, mlp).slice(0, 33))).toEqual({
      code: 'corrupt-png',
      message: 'This PNG is damaged, because it ends before its IEND chunk: save the sample grid from Ganvas again.',
    });
  });

  it('rejects preset text that is not lz-string data', () => {
    const text = { 'ganvas-preset': 'not a preset!' };
    const png = encode({ width: 3, height: 2, data: grid.pixels, channels: 4, depth: 8, text });
    expect(errorOf(png)).toEqual(corruptPreset);
  });

  it('rejects a preset chunk whose CRC does not match', () => {
    const png = encodePngWithPreset(grid, mlp);
    const keyword = new TextEncoder().encode('ganvas-preset\0');
    const start = indexOf(png, keyword) + keyword.length;
    png[start + 10] = png[start + 10] === 65 ? 66 : 65;
    expect(errorOf(png)).toEqual(corruptPreset);
  });

  it('passes on the errors of a bad preset', () => {
    const json = JSON.parse(readPresetText('mlp-mnist.json'));
    json.version = 3;
    const text = { 'ganvas-preset': LZString.compressToBase64(JSON.stringify(json)) };
    const png = encode({ width: 3, height: 2, data: grid.pixels, channels: 4, depth: 8, text });
    expect(errorOf(png)).toEqual({
      code: 'unsupported-version',
      message: 'This preset is version 3, but this Ganvas reads versions up to 2: update Ganvas to open it.',
    });
  });
});

describe('readPresetFromPng on damaged files', () => {
  it('returns an error for a cut preset chunk', () => {
    // The preset chunk ends 12 bytes before the end of the file, where IEND begins. A file
    // cut after it still gives the preset, which its CRC shows to be complete.
    const png = encodePngWithPreset(grid, mlp);
    expect(readPresetFromPng(png.slice(0, png.length - 12))).toEqual({ ok: true, preset: mlp });
    for (let end = 0; end < png.length - 12; end += 7) {
      expect(readPresetFromPng(png.slice(0, end)).ok).toBe(false);
    }
  });

  it('returns an error for random chunks', () => {
    // A linear congruential generator, so that every run writes the same bytes.
    let seed = 11;
    const png = encodePngWithPreset(grid, mlp);
    for (let round = 0; round < 200; round++) {
      const bytes = png.slice(0, 33 + 64);
      for (let i = 33; i < bytes.length; i++) {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        bytes[i] = seed % 256;
      }
      expect(readPresetFromPng(bytes).ok).toBe(false);
    }
  });
});

describe('crc32', () => {
  it('matches the CRC-32 check value', () => {
    // The standard check value: CRC-32 of the ASCII digits 1 to 9.
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('matches the CRC of an IEND chunk', () => {
    // Every PNG ends in an IEND chunk whose CRC is AE 42 60 82.
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error('needle not found');
}
