import type { SampleGrid } from '../../train/protocol';
import { METRIC_NAMES, type MetricHistory, type MetricName } from '../store/metric-history';

/** A finished or paused training run, kept to compare with others. */
export interface RunRecord {
  id: number;
  /** The preset's name when the run was kept. */
  name: string;
  lastStep: number;
  /** When the run was kept, in milliseconds since 1970, to tell runs of one preset apart. */
  keptAt: number;
  steps: readonly number[];
  values: Readonly<Record<MetricName, readonly number[]>>;
  samples: SampleGrid | null;
}

/** Runs kept at most; the oldest goes first. */
export const MAX_RUNS = 6;

/** A run as captured, before it is numbered and kept. */
export type CapturedRun = Omit<RunRecord, 'id'>;

/**
 * Copies a run's history and samples, or returns null when nothing was trained. Capture before
 * the history is cleared: the copy does not change when training goes on or is reset.
 */
export function captureRun(
  name: string,
  history: MetricHistory,
  samples: SampleGrid | null,
  keptAt = Date.now(),
): CapturedRun | null {
  const latest = history.latest();
  if (!latest) return null;
  const values = {} as Record<MetricName, number[]>;
  for (const metric of METRIC_NAMES) values[metric] = [...history.values[metric]];
  return { name, lastStep: latest.step, keptAt, steps: [...history.steps], values, samples };
}

/**
 * Returns `runs` with `run` added as the newest, numbered after it, or `runs` itself when there
 * is no run or it equals the newest (the same run kept twice). Only the newest MAX_RUNS stay.
 */
export function keepRun(runs: readonly RunRecord[], run: CapturedRun | null): readonly RunRecord[] {
  if (!run) return runs;
  const newest = runs.at(-1);
  if (newest && newest.lastStep === run.lastStep && sameSeries(newest.steps, run.steps)) return runs;
  return [...runs, { id: (newest?.id ?? 0) + 1, ...run }].slice(-MAX_RUNS);
}

function sameSeries(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Returns the smallest and largest loss of the given runs, so their charts share one scale. */
export function lossRange(runs: readonly RunRecord[]): [number, number] {
  const losses = runs.flatMap((run) => [...run.values.discriminatorLoss, ...run.values.generatorLoss]);
  if (losses.length === 0) return [0, 1];
  return [Math.min(0, ...losses), Math.max(...losses)];
}
