import type { NodeType, ParamSpec, ParamValue, ParamValues } from './types';

/** Returns why a value does not fit its parameter spec, or null when it fits. */
export function checkParam(name: string, spec: ParamSpec, value: unknown): string | null {
  switch (spec.kind) {
    case 'int':
    case 'float': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${name} must be a number, got ${describe(value)}.`;
      if (spec.kind === 'int' && !Number.isInteger(value)) return `${name} must be a whole number, got ${value}.`;
      if (value < spec.min || value > spec.max) {
        return `${name} must be between ${spec.min} and ${spec.max}, got ${value}.`;
      }
      return null;
    }
    case 'bool':
      return typeof value === 'boolean' ? null : `${name} must be true or false, got ${describe(value)}.`;
    case 'choice':
      return typeof value === 'string' && spec.options.includes(value)
        ? null
        : `${name} must be one of ${spec.options.join(', ')}, got ${describe(value)}.`;
    case 'shape': {
      const valid =
        Array.isArray(value) &&
        value.length >= 1 &&
        value.length <= spec.maxRank &&
        value.every((d) => Number.isInteger(d) && d >= 1 && d <= 65536);
      return valid
        ? null
        : `${name} must be 1 to ${spec.maxRank} whole numbers from 1 to 65536, got ${describe(value)}.`;
    }
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Checks every parameter of a node against its type. Missing parameters take their defaults;
 * parameters the type does not have are reported.
 */
export function validateParams(nodeType: NodeType, params: Record<string, unknown>): {
  values: ParamValues;
  errors: string[];
} {
  const values: Record<string, ParamValue> = {};
  const errors: string[] = [];
  for (const [name, spec] of Object.entries(nodeType.params)) {
    const value = name in params ? params[name] : spec.default;
    const error = checkParam(name, spec, value);
    if (error) errors.push(error);
    values[name] = (error ? spec.default : value) as ParamValue;
  }
  for (const name of Object.keys(params)) {
    if (!(name in nodeType.params)) errors.push(`${nodeType.title} has no parameter "${name}".`);
  }
  return { values, errors };
}
