/**
 * Describes a JSON.parse error for a person, with the line and column where the engine reports
 * where it stopped: V8 appends "at position N", SpiderMonkey "at line L column C of the JSON
 * data". Other messages are passed on as they are.
 */
export function describeJsonSyntaxError(message: string, text: string): string {
  const v8 = /^(.*?) (?:in JSON )?at position (\d+)/s.exec(message);
  if (v8) {
    const { line, column } = lineAndColumn(text, Number(v8[2]));
    return withPosition(v8[1], line, column);
  }
  const spiderMonkey = /^(?:JSON\.parse: )?(.*?) at line (\d+) column (\d+)/s.exec(message);
  if (spiderMonkey) {
    const [, reason, line, column] = spiderMonkey;
    return withPosition(reason, Number(line), Number(column));
  }
  return `This preset is not valid JSON: ${message}. Fix the file, or save the preset again from Ganvas.`;
}

function withPosition(reason: string, line: number, column: number): string {
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
