import type { ParamCount } from '../../nodes';
import type { TrainingState } from '../train/protocol';

const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** Formats a whole number with thousands separators, e.g. `204,864`. */
export function formatCount(value: number): string {
  return COUNT_FORMAT.format(value);
}

/** Formats a parameter count, e.g. `204,864 params` or `256 params, 128 trainable`. */
export function formatParamCount({ trainable, nonTrainable }: ParamCount): string {
  const total = `${formatCount(trainable + nonTrainable)} params`;
  return nonTrainable > 0 ? `${total}, ${formatCount(trainable)} trainable` : total;
}

/** Formats a loss or score with three decimals, or as `—` when there is no value yet. */
export function formatMetric(value: number | undefined): string {
  if (value === undefined) return '—';
  return Number.isFinite(value) ? value.toFixed(3) : String(value);
}

/** Words for the worker's states, as the status bar and the node badges show them. */
export const STATE_TITLES: Record<TrainingState, string> = {
  idle: 'idle',
  preparing: 'preparing',
  running: 'training',
  paused: 'paused',
  stopped: 'stopped',
  failed: 'failed',
};
