import { describe, expect, it } from 'vitest';
import { commentLines, commentText, pythonLiteral, pythonString } from '../../src/export/python-source';
import { evaluatePythonLiterals } from './python';

const HOSTILE_STRINGS = [
  '',
  'plain',
  '"); import os; ("',
  "it's",
  'back\\slash\\',
  'line\nbreak\r\nand\rreturn',
  'tab\tnul\u0000bell\u0007',
  'separators\u2028\u2029\u0085',
  'Генератор: слой №1',
  'emoji 🙂 and a lone surrogate \ud800',
  '{braces} %s %(name)s',
];

describe('pythonString', () => {
  it('round-trips through ast.literal_eval', () => {
    const values = evaluatePythonLiterals(HOSTILE_STRINGS.map(pythonString));

    expect(values).toEqual(HOSTILE_STRINGS);
  });

  it('writes one line of printable ASCII', () => {
    for (const text of HOSTILE_STRINGS) expect(pythonString(text)).toMatch(/^"[\x20-\x7e]*"$/);
  });
});

describe('pythonLiteral', () => {
  it('writes numbers, booleans, None and tuples', () => {
    const values = [0, 42, -3, 0.2, 1e-7, 2e-4, 0.999, true, false, null, [28, 28, 1], [64], []];
    const literals = values.map((value) => pythonLiteral(value));

    expect(literals.slice(7)).toEqual(['True', 'False', 'None', '(28, 28, 1)', '(64,)', '()']);
    expect(evaluatePythonLiterals(literals)).toEqual(values);
  });

  it('rejects numbers that are not finite', () => {
    expect(() => pythonLiteral(Number.NaN)).toThrow('NaN');
    expect(() => pythonLiteral(Number.POSITIVE_INFINITY)).toThrow('Infinity');
  });
});

describe('commentText', () => {
  it('turns line breaks and control characters into spaces', () => {
    expect(commentText('a\nb\r\nc\u2028d\u0000e')).toBe('a b c d e');
  });

  it('removes bidirectional overrides', () => {
    expect(commentText('left\u202eright')).toBe('left right');
  });
});

describe('commentLines', () => {
  it('wraps words within the width', () => {
    const lines = commentLines('one two three four five six', 16);

    expect(lines).toEqual(['# one two three', '# four five six']);
  });

  it('keeps a long word on its own line', () => {
    const lines = commentLines('a verylongwordthatdoesnotfit b', 10);

    expect(lines).toEqual(['# a', '# verylongwordthatdoesnotfit', '# b']);
  });

  it('writes no line for empty text', () => {
    expect(commentLines(' \n ')).toEqual([]);
  });
});
