import type { SampleGrid } from './protocol';

/** Pixels between neighbouring images in a grid. */
const GAP = 2;

/**
 * Tiles images with values in [-1, 1] (`[count, height, width, channels]`, row-major) into one
 * RGBA picture, `columns` images a row. Values outside [-1, 1] are clipped; one channel is grey.
 */
export function tileSamples(
  values: Float32Array,
  [count, height, width, channels]: readonly number[],
  columns: number,
  step: number,
): SampleGrid {
  const rows = Math.ceil(count / columns);
  const gridWidth = columns * width + (columns - 1) * GAP;
  const gridHeight = rows * height + (rows - 1) * GAP;
  const pixels = new Uint8ClampedArray(gridWidth * gridHeight * 4);
  for (let i = 0; i < count; i++) {
    const left = (i % columns) * (width + GAP);
    const top = Math.floor(i / columns) * (height + GAP);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const source = ((i * height + y) * width + x) * channels;
        const target = ((top + y) * gridWidth + left + x) * 4;
        for (let c = 0; c < 3; c++) {
          const value = values[source + (channels === 1 ? 0 : c)];
          pixels[target + c] = Math.round(((value + 1) / 2) * 255);
        }
        pixels[target + 3] = 255;
      }
    }
  }
  return { step, width: gridWidth, height: gridHeight, pixels };
}
