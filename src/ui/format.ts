const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** Formats a whole number with thousands separators, e.g. `204,864`. */
export function formatCount(value: number): string {
  return COUNT_FORMAT.format(value);
}

/** Formats a loss or score with three decimals, or as `—` when there is no value yet. */
export function formatMetric(value: number | undefined): string {
  if (value === undefined) return '—';
  return Number.isFinite(value) ? value.toFixed(3) : String(value);
}
