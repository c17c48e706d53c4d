import type { NodeType, ParamSpec, ParamValue, ParamValues } from './types';

/** The reason a parameter value does not fit its spec, in English and in Russian. */
export interface ParamProblem {
  message: string;
  messageRu: string;
}

/** Returns why a value does not fit its parameter spec, or null when it fits. */
export function checkParam(name: string, spec: ParamSpec, value: unknown): ParamProblem | null {
  const problem = (message: string, messageRu: string) => ({ message, messageRu });
  switch (spec.kind) {
    case 'int':
    case 'float': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return problem(
          `${name} must be a number, got ${describe(value)}.`,
          `${name} должен быть числом, получено ${describe(value, 'ru')}.`,
        );
      }
      if (spec.kind === 'int' && !Number.isInteger(value)) {
        return problem(
          `${name} must be a whole number, got ${value}.`,
          `${name} должен быть целым числом, получено ${value}.`,
        );
      }
      if (value < spec.min || value > spec.max) {
        return problem(
          `${name} must be between ${spec.min} and ${spec.max}, got ${value}.`,
          `${name} должен быть от ${spec.min} до ${spec.max}, получено ${value}.`,
        );
      }
      return null;
    }
    case 'bool':
      return typeof value === 'boolean'
        ? null
        : problem(
            `${name} must be true or false, got ${describe(value)}.`,
            `${name} должен быть true или false, получено ${describe(value, 'ru')}.`,
          );
    case 'choice':
      return typeof value === 'string' && spec.options.includes(value)
        ? null
        : problem(
            `${name} must be one of ${spec.options.join(', ')}, got ${describe(value)}.`,
            `${name} должен быть одним из ${spec.options.join(', ')}, получено ${describe(value, 'ru')}.`,
          );
    case 'shape': {
      const valid =
        Array.isArray(value) &&
        value.length >= 1 &&
        value.length <= spec.maxRank &&
        value.every((d) => Number.isInteger(d) && d >= 1 && d <= 65536);
      return valid
        ? null
        : problem(
            `${name} must be 1 to ${spec.maxRank} whole numbers from 1 to 65536, got ${describe(value)}.`,
            `${name} должен состоять из 1–${spec.maxRank} целых чисел от 1 до 65536, получено ${describe(value, 'ru')}.`,
          );
    }
  }
}

function describe(value: unknown, language: 'en' | 'ru' = 'en'): string {
  if (value === undefined) return language === 'ru' ? 'ничего' : 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Checks every parameter of a node against its type. Missing parameters take their defaults;
 * parameters the type does not have are reported.
 */
export function validateParams(nodeType: NodeType, params: Record<string, unknown>): {
  values: ParamValues;
  errors: ParamProblem[];
} {
  const values: Record<string, ParamValue> = {};
  const errors: ParamProblem[] = [];
  for (const [name, spec] of Object.entries(nodeType.params)) {
    const value = name in params ? params[name] : spec.default;
    const error = checkParam(name, spec, value);
    if (error) errors.push(error);
    values[name] = (error ? spec.default : value) as ParamValue;
  }
  for (const name of Object.keys(params)) {
    if (!(name in nodeType.params)) {
      errors.push({
        message: `${nodeType.title} has no parameter "${name}".`,
        messageRu: `Узел ${nodeType.ru.title} не имеет параметра "${name}".`,
      });
    }
  }
  return { values, errors };
}
