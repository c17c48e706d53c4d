import type { Language } from '../../nodes';

/**
 * Describes a JSON.parse error for a person, with the line and column where the engine reports
 * where it stopped: V8 appends "at position N", SpiderMonkey "at line L column C of the JSON
 * data". Other messages are passed on as they are. The engine's own reason stays in English in
 * the Russian message, because it comes from the browser.
 */
export function describeJsonSyntaxError(
  message: string,
  text: string,
  language: Language = 'en',
): string {
  const v8 = /^(.*?) (?:in JSON )?at position (\d+)/s.exec(message);
  if (v8) {
    const { line, column } = lineAndColumn(text, Number(v8[2]));
    return withPosition(v8[1], line, column, language);
  }
  const spiderMonkey = /^(?:JSON\.parse: )?(.*?) at line (\d+) column (\d+)/s.exec(message);
  if (spiderMonkey) {
    const [, reason, line, column] = spiderMonkey;
    return withPosition(reason, Number(line), Number(column), language);
  }
  if (language === 'ru') {
    return `Этот пресет — некорректный JSON: ${message}. Исправьте файл или сохраните пресет из Ganvas заново.`;
  }
  return `This preset is not valid JSON: ${message}. Fix the file, or save the preset again from Ganvas.`;
}

function withPosition(reason: string, line: number, column: number, language: Language): string {
  if (language === 'ru') {
    return (
      `Этот пресет — некорректный JSON: ${reason} в строке ${line}, столбце ${column}. ` +
      'Исправьте файл в этом месте или сохраните пресет из Ganvas заново.'
    );
  }
  return (
    `This preset is not valid JSON: ${reason} at line ${line}, column ${column}. ` +
    'Fix the file there, or save the preset again from Ganvas.'
  );
}

/** Converts an offset into the text to a 1-based line and column, in UTF-16 code units. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
