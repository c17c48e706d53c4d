import { formatShape, type Language, type NodeType, type ParamValues, type Shape } from './types';

/** Formats the last line of every shape explanation, which ends with the output shape. */
export function outputLine(shape: Shape, language: Language): string {
  return language === 'ru' ? `Выход: ${formatShape(shape)}` : `Output: ${formatShape(shape)}`;
}

/** Explains a layer that keeps its input's shape, such as an activation. */
export function explainSameShape(input: Shape, language: Language): string[] {
  const rule =
    language === 'ru'
      ? `выход = вход: форма не меняется, ${formatShape(input)}`
      : `out = in: the shape does not change, ${formatShape(input)}`;
  return [rule, outputLine(input, language)];
}

/** Writes a product of dimensions with its value, e.g. `7 × 7 × 64 = 3136`. */
export function productText(shape: Shape): string {
  const size = shape.reduce((a, b) => a * b, 1);
  return shape.length === 1 ? String(size) : `${shape.join(' × ')} = ${size}`;
}

/**
 * Explains how a node's output shape follows from its input and parameters, in `language`, or
 * returns null when the shape rule rejects them, since there is no output size to explain.
 */
export function explainOutputShape(
  nodeType: NodeType,
  input: Shape | null,
  params: ParamValues,
  language: Language,
): string[] | null {
  if (nodeType.inputs.length > 0 && input === null) return null;
  if ('error' in nodeType.inferShape(input, params)) return null;
  return nodeType.explainShape(input, params, language);
}
