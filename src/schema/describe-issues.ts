import type { z } from 'zod';
import type { Language } from '../../nodes';
import { describeValue } from './describe-value';

/**
 * Describes the first schema issue of a preset in one sentence, with the path of the field and
 * the node it belongs to, and counts the issues after it. Expects issues from a parse with
 * `reportInput: true`, which adds the value at fault. In Russian, zod's own description of the
 * problem stays in English.
 */
export function describeSchemaIssues(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  language: Language = 'en',
): string {
  const [first] = issues;
  const field = formatPath(first.path);
  const node = nodeIdAt(first.path, data);
  // Callers parse with reportInput, so an issue without an input is a field left out.
  const missing = first.code === 'invalid_type' && first.input === undefined;
  if (language === 'ru') return describeInRussian(issues, field, node, missing);
  const where = node === null ? `The field ${field}` : `The field ${field} of node "${node}"`;
  let message = missing
    ? `${where} is missing: add it (expected ${first.expected}).`
    : `${where} is invalid: ${describeProblem(first)}.`;
  if (issues.length > 1) {
    const more = issues.length - 1;
    message += ` ${more} more ${more === 1 ? 'field is' : 'fields are'} missing or invalid.`;
  }
  return `${message} Correct the file, or save the preset again from Ganvas.`;
}

function describeInRussian(
  issues: readonly z.core.$ZodIssue[],
  field: string,
  node: string | null,
  missing: boolean,
): string {
  const [first] = issues;
  const where = node === null ? `Поле ${field}` : `Поле ${field} узла "${node}"`;
  let message = missing
    ? `${where} отсутствует: добавьте его (ожидается ${first.code === 'invalid_type' ? first.expected : ''}).`
    : `${where} некорректно: ${describeProblem(first)}.`;
  if (issues.length > 1) message += ` Ещё полей с ошибками: ${issues.length - 1}.`;
  return `${message} Исправьте файл или сохраните пресет из Ganvas заново.`;
}

/** Formats a path like `["nodes", 3, "position", "x"]` as `nodes[3].position.x`. */
function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(the whole preset)' : text;
}

/** Returns the id of the node a path points into, or null when the file gives it no string id. */
function nodeIdAt(path: readonly PropertyKey[], data: unknown): string | null {
  if (path[0] !== 'nodes' || typeof path[1] !== 'number' || path.length < 3) return null;
  const nodes = (data as { nodes?: unknown }).nodes;
  if (!Array.isArray(nodes)) return null;
  const id = (nodes[path[1]] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id !== '' ? id : null;
}

/** Returns zod's message without its category prefix, with the value when a bound was broken. */
function describeProblem(issue: z.core.$ZodIssue): string {
  const problem = issue.message.replace(/^(Invalid input|Too big|Too small): /, '');
  const brokeBound = issue.code === 'too_big' || issue.code === 'too_small';
  if (brokeBound && typeof issue.input === 'number') return `${problem}, got ${describeValue(issue.input)}`;
  return problem;
}
