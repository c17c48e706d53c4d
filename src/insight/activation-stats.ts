/** Summary of a layer's outputs on one batch. */
export interface ActivationStats {
  /** Lower edge of the first bin and upper edge of the last. */
  min: number;
  max: number;
  /** How many values fell in each of the equal-width bins between min and max. */
  counts: number[];
  /** Units (positions within one example) that gave exactly 0 for every example of the batch. */
  deadUnits: number;
  units: number;
}

/**
 * Summarizes a batch of layer outputs, laid out example after example, as a histogram and a
 * count of dead units. A dead unit is one whose output is 0 for every example in the batch,
 * as happens to ReLU units whose input stays negative.
 *
 * @param values - `batchSize` examples of equal length, one after another
 * @param bins - number of histogram bins, default 24
 */
export function summarizeActivations(
  values: ArrayLike<number>,
  batchSize: number,
  bins = 24,
): ActivationStats {
  if (batchSize < 1 || values.length % batchSize !== 0) {
    throw new Error(`${values.length} values do not split into ${batchSize} examples`);
  }
  const units = values.length / batchSize;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
  }
  if (values.length === 0) min = max = 0;

  const counts = new Array<number>(bins).fill(0);
  const width = (max - min) / bins;
  for (let i = 0; i < values.length; i++) {
    const bin = width > 0 ? Math.floor((values[i] - min) / width) : 0;
    counts[Math.min(bin, bins - 1)]++;
  }

  let deadUnits = 0;
  for (let unit = 0; unit < units; unit++) {
    let dead = true;
    for (let example = 0; example < batchSize && dead; example++) {
      if (values[example * units + unit] !== 0) dead = false;
    }
    if (dead) deadUnits++;
  }
  return { min, max, counts, deadUnits, units };
}

/** Returns the share of dead units, 0 to 1; 0 for a layer without units. */
export function deadShare(stats: ActivationStats): number {
  return stats.units === 0 ? 0 : stats.deadUnits / stats.units;
}
