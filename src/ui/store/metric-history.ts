import type { StepMetrics } from '../../train/protocol';

/** Points kept per series before the older half is thinned to every second point. */
const MAX_POINTS = 4000;

export type MetricName = Exclude<keyof StepMetrics, 'step'>;

export const METRIC_NAMES: readonly MetricName[] = [
  'discriminatorLoss',
  'generatorLoss',
  'realScore',
  'fakeScore',
];

/**
 * The metrics of a training run as columns, ready for a chart: `steps[i]` is the step of
 * `values.discriminatorLoss[i]` and so on. It stays after a stop or an error, so the charts can
 * still be read, and is cleared on reset.
 */
export class MetricHistory {
  readonly steps: number[] = [];
  readonly values: Record<MetricName, number[]> = {
    discriminatorLoss: [],
    generatorLoss: [],
    realScore: [],
    fakeScore: [],
  };

  get length(): number {
    return this.steps.length;
  }

  /** Returns the most recent step, or null before the first. */
  latest(): StepMetrics | null {
    const last = this.steps.length - 1;
    if (last < 0) return null;
    const metrics = { step: this.steps[last] } as StepMetrics;
    for (const name of METRIC_NAMES) metrics[name] = this.values[name][last];
    return metrics;
  }

  /**
   * Appends steps in order. A step at or before the last one kept means the worker began a new
   * run from fresh weights, so the points from that step on are dropped first.
   */
  append(metrics: readonly StepMetrics[]): void {
    for (const point of metrics) {
      const lastStep = this.steps.at(-1);
      if (lastStep !== undefined && point.step <= lastStep) this.truncateFrom(point.step);
      this.steps.push(point.step);
      for (const name of METRIC_NAMES) this.values[name].push(point[name]);
    }
    if (this.length > MAX_POINTS) this.thin();
  }

  clear(): void {
    this.truncateFrom(Number.NEGATIVE_INFINITY);
  }

  private truncateFrom(step: number): void {
    let keep = this.steps.length;
    while (keep > 0 && this.steps[keep - 1] >= step) keep--;
    this.steps.length = keep;
    for (const name of METRIC_NAMES) this.values[name].length = keep;
  }

  /** Keeps every second point of the older half, so recent steps stay at full resolution. */
  private thin(): void {
    const half = Math.floor(this.length / 2);
    const keep = (_: number, i: number) => i >= half || i % 2 === 0;
    const steps = this.steps.filter(keep);
    this.steps.splice(0, this.steps.length, ...steps);
    for (const name of METRIC_NAMES) {
      const values = this.values[name].filter(keep);
      this.values[name].splice(0, this.values[name].length, ...values);
    }
  }
}
