import { encode, hasPngSignature } from 'fast-png';
import LZString from 'lz-string';
import type { Preset } from '../schema/preset';
import { failure, type PresetResult } from '../schema/preset-error';
import { findPngTextChunk } from './png-chunks';
import { parsePreset, serializePresetCompact } from './preset-file';

/** Keyword of the PNG tEXt chunk that carries the preset. */
export const PNG_PRESET_KEYWORD = 'ganvas-preset';

/** Largest PNG that readPresetFromPng reads, and encodePngWithPreset writes: 8 MiB. */
export const MAX_PNG_BYTES = 8 * 1024 * 1024;

/** An image as 8-bit RGBA pixels, row by row from the top left, such as a sample grid. */
export interface RgbaImage {
  width: number;
  height: number;
  pixels: Uint8ClampedArray;
}

const format = (n: number) => new Intl.NumberFormat('en-US').format(n);

/**
 * Encodes an image as a PNG that carries a preset, so the picture is also its recipe. tEXt
 * chunks hold ISO 8859-1 text only, so the chunk stores the preset's JSON compressed with
 * lz-string's compressToBase64: plain ASCII, which keeps labels in any script intact. Throws
 * when the pixel count does not match the size or the PNG would exceed MAX_PNG_BYTES.
 */
export function encodePngWithPreset(grid: RgbaImage, preset: Preset): Uint8Array {
  const { width, height, pixels } = grid;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error(`image size must be whole numbers of at least 1, got ${width}x${height}`);
  }
  if (pixels.length !== width * height * 4) {
    const expected = width * height * 4;
    throw new Error(`a ${width}x${height} RGBA image needs ${expected} bytes, got ${pixels.length}`);
  }

  const text = { [PNG_PRESET_KEYWORD]: LZString.compressToBase64(serializePresetCompact(preset)) };
  const png = encode({ width, height, data: pixels, channels: 4, depth: 8, text });
  if (png.length > MAX_PNG_BYTES) {
    throw new Error(`the PNG would be ${png.length} bytes, over the ${MAX_PNG_BYTES} that Ganvas reads back`);
  }
  return png;
}

/**
 * Reads the preset stored in a PNG by encodePngWithPreset, with the same checks and errors as
 * parsePreset. Never throws for bad input.
 */
export function readPresetFromPng(bytes: Uint8Array): PresetResult {
  if (bytes.length > MAX_PNG_BYTES) {
    return failure(
      'png-too-large',
      `This PNG is ${format(bytes.length)} bytes, but Ganvas reads PNGs up to 8 MiB ` +
        `(${format(MAX_PNG_BYTES)} bytes): open the sample grid PNG that Ganvas saved.`,
      `Этот PNG занимает ${format(bytes.length)} байт, а Ganvas читает PNG до 8 МиБ ` +
        `(${format(MAX_PNG_BYTES)} байт): откройте PNG с сеткой образцов, сохранённый Ganvas.`,
    );
  }
  if (!hasPngSignature(bytes)) {
    return failure(
      'not-a-png',
      'This file is not a PNG image: open a sample grid PNG saved by Ganvas, or a preset JSON file.',
      'Этот файл — не изображение PNG: откройте PNG с сеткой образцов, сохранённый Ganvas, или файл пресета JSON.',
    );
  }

  const chunk = findPngTextChunk(bytes, PNG_PRESET_KEYWORD);
  switch (chunk.status) {
    case 'damaged':
      return failure(
        'corrupt-png',
        `This PNG is damaged, because ${chunk.reason}: save the sample grid from Ganvas again.`,
        `Этот PNG повреждён (${chunk.reason}): сохраните сетку образцов из Ganvas заново.`,
      );
    case 'missing':
      return failure(
        'no-preset-in-png',
        'This PNG contains no Ganvas preset: only sample grids saved by Ganvas carry one, and ' +
          'image editors may drop it when they save a copy. Open the PNG as Ganvas saved it.',
        'В этом PNG нет пресета Ganvas: он есть только в сетках образцов, сохранённых Ganvas, а ' +
          'графические редакторы могут удалить его при сохранении копии. Откройте PNG в том виде, ' +
          'в каком его сохранил Ganvas.',
      );
    case 'bad-checksum':
      return corruptPreset();
    case 'found': {
      const json = decompress(chunk.text);
      const result = json === null ? null : parsePreset(json);
      if (result === null || (!result.ok && result.error.code === 'invalid-json')) return corruptPreset();
      return result;
    }
  }
}

function corruptPreset(): PresetResult {
  return failure(
    'corrupt-png-preset',
    'The preset stored in this PNG is damaged and could not be read: save the sample grid ' +
      'from Ganvas again.',
    'Пресет в этом PNG повреждён и не читается: сохраните сетку образцов из Ganvas заново.',
  );
}

/** Decompresses the chunk text, or returns null when it is not lz-string data. */
function decompress(text: string): string | null {
  try {
    // NOTE: lz-string has no output limit, so crafted text can decompress to far more than
    // the 1 MiB that parsePreset then rejects.
    const json = LZString.decompressFromBase64(text);
    return json ? json : null;
  } catch {
    return null;
  }
}
