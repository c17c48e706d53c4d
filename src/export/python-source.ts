/**
 * Helpers that turn values into Python source text. User text (labels, names, descriptions)
 * reaches a generated script only through these, so that it can never end a string or a comment.
 */

/** A value that a generated script writes as a Python literal. */
export type PythonLiteral = number | boolean | string | null | readonly PythonLiteral[];

/**
 * Writes a string as a double-quoted Python string literal. Every character outside printable
 * ASCII, and the quote and backslash, is written as an escape, so the literal is one line of
 * ASCII whatever the input contains.
 */
export function pythonString(text: string): string {
  let literal = '"';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const char = text[i];
    if (char === '"' || char === '\\') literal += `\\${char}`;
    else if (unit >= 0x20 && unit < 0x7f) literal += char;
    else literal += `\\u${unit.toString(16).padStart(4, '0')}`;
  }
  return `${literal}"`;
}

/**
 * Writes a number, boolean, string, null or array as a Python literal, arrays as tuples.
 * Throws for a number that is not finite, since Python has no literal for it.
 */
export function pythonLiteral(value: PythonLiteral): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return pythonString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a Python literal`);
    // JavaScript writes numbers such as 1e-7 and 0.001 in a form that Python reads back exactly.
    return String(value);
  }
  const items = value.map(pythonLiteral);
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}

/**
 * Characters that must not reach a comment: control characters (line breaks among them), line
 * and paragraph separators, format characters such as bidirectional overrides, and lone
 * surrogates, which have no UTF-8 encoding.
 */
const UNSAFE_IN_COMMENT = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]+/gu;

/**
 * Makes user text safe to put after `#` in a comment: replaces every run of characters that
 * could end the line or hide text with one space, and trims it.
 */
export function commentText(text: string): string {
  return text.replace(UNSAFE_IN_COMMENT, ' ').trim();
}

/** Writes a count with thousands separators, such as `1,234,567`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/**
 * Wraps user text into comment lines of at most `width` characters, the `# ` prefix included.
 * A word longer than the width keeps a line of its own.
 */
export function commentLines(text: string, width = 100): string[] {
  const words = commentText(text).split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > width - 2) {
      lines.push(`# ${line}`);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(`# ${line}`);
  return lines;
}
