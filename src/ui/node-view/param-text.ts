import type { ParamSpec } from '../../../nodes';

/** Formats a stored parameter value as the text of a number or shape field. */
export function formatParamText(spec: ParamSpec, value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  if (value === undefined) return formatParamText(spec, spec.default);
  return String(value);
}

/**
 * Reads what the user typed into a number or shape field. Text that does not parse is returned
 * as it is, so that the node keeps it and the analyzer reports it on the node, e.g. "units must
 * be a number, got \"\"". Range checks are left to the analyzer for the same reason.
 */
export function parseParamText(spec: ParamSpec, text: string): unknown {
  const trimmed = text.trim();
  if (spec.kind === 'int' || spec.kind === 'float') {
    const number = Number(trimmed);
    return trimmed !== '' && Number.isFinite(number) ? number : text;
  }
  if (spec.kind === 'shape') {
    const parts = trimmed.split(/[\s,x×]+/).filter((part) => part !== '');
    const dims = parts.map(Number);
    return parts.length > 0 && dims.every(Number.isFinite) ? dims : text;
  }
  return text;
}
