/** A problem a teacher would point out while a GAN trains, with the figures behind it. */
export type TrainingWarning =
  | { code: 'discriminatorWinning'; since: number; fakeScore: number }
  | { code: 'modeCollapse'; step: number; spread: number }
  | { code: 'noLearning'; since: number; change: number };

/** Measurements of one sample grid drawn from the fixed noise batch. */
export interface SampleCheck {
  step: number;
  /** {@link batchSpread} of the generated images, in the generator's [-1, 1] units. */
  spread: number;
  /** Mean absolute change of the images since the previous grid; null for the first grid. */
  change: number | null;
}

export interface WarningThresholds {
  /** D(G(z)) below this counts as the discriminator rejecting every fake. */
  fakeScoreFloor: number;
  /** Steps D(G(z)) must stay below the floor before it is reported. */
  winningSteps: number;
  /**
   * Spread below this means the images of a batch are nearly the same. Real MNIST digits
   * spread about 0.6; a freshly initialised generator can spread little, hence `collapseAfter`.
   */
  collapseSpread: number;
  /** Steps before which a small spread is not reported, because training has barely begun. */
  collapseAfter: number;
  /** Image change below this, per value, counts as the generator not changing. */
  stillChange: number;
  /** Steps the generator must stay unchanged before it is reported. */
  stillSteps: number;
}

export const DEFAULT_WARNING_THRESHOLDS: WarningThresholds = {
  fakeScoreFloor: 0.05,
  winningSteps: 50,
  collapseSpread: 0.05,
  collapseAfter: 100,
  stillChange: 0.002,
  stillSteps: 50,
};

/**
 * Returns the mean over positions of the standard deviation across the examples of a batch: 0 when
 * every example is the same.
 *
 * @param values - `count` examples of equal length, one after another
 */
export function batchSpread(values: ArrayLike<number>, count: number): number {
  if (count < 1 || values.length % count !== 0) {
    throw new Error(`${values.length} values do not split into ${count} examples`);
  }
  const size = values.length / count;
  if (size === 0) return 0;
  let total = 0;
  for (let position = 0; position < size; position++) {
    let sum = 0;
    let squares = 0;
    for (let example = 0; example < count; example++) {
      const v = values[example * size + position];
      sum += v;
      squares += v * v;
    }
    const mean = sum / count;
    total += Math.sqrt(Math.max(0, squares / count - mean * mean));
  }
  return total / size;
}

/** Returns the mean absolute difference of two arrays of equal length. */
export function meanAbsoluteChange(before: ArrayLike<number>, after: ArrayLike<number>): number {
  if (before.length !== after.length) {
    throw new Error(`cannot compare ${before.length} values with ${after.length}`);
  }
  let total = 0;
  for (let i = 0; i < before.length; i++) total += Math.abs(after[i] - before[i]);
  return before.length === 0 ? 0 : total / before.length;
}

/**
 * Finds the warnings that hold at the end of a run so far.
 *
 * @param steps - the step of each recorded metric point, ascending
 * @param fakeScores - D(G(z)) at each of `steps`
 * @param checks - sample checks, ascending by step
 */
export function findTrainingWarnings(
  steps: readonly number[],
  fakeScores: readonly number[],
  checks: readonly SampleCheck[],
  thresholds: WarningThresholds = DEFAULT_WARNING_THRESHOLDS,
): TrainingWarning[] {
  const warnings: TrainingWarning[] = [];

  let first = steps.length;
  while (first > 0 && fakeScores[first - 1] < thresholds.fakeScoreFloor) first--;
  if (first < steps.length && steps.at(-1)! - steps[first] + 1 >= thresholds.winningSteps) {
    const streak = fakeScores.slice(first);
    const mean = streak.reduce((a, b) => a + b, 0) / streak.length;
    warnings.push({ code: 'discriminatorWinning', since: steps[first], fakeScore: mean });
  }

  const last = checks.at(-1);
  if (last && last.step >= thresholds.collapseAfter && last.spread < thresholds.collapseSpread) {
    warnings.push({ code: 'modeCollapse', step: last.step, spread: last.spread });
  }

  let still = checks.length;
  while (still > 0 && (checks[still - 1].change ?? Infinity) < thresholds.stillChange) still--;
  // The first unchanged grid shows no change since the grid before it.
  const since = still > 0 ? checks[still - 1].step : null;
  if (since !== null && still < checks.length && last!.step - since >= thresholds.stillSteps) {
    const changes = checks.slice(still).map((c) => c.change!);
    warnings.push({ code: 'noLearning', since, change: Math.max(...changes) });
  }
  return warnings;
}
