import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxError } from '../../src/presets/json-syntax-error';

const text = '{\n  "format": "ganvas-preset",\n  "version" 2\n}';
const atLine3 =
  "This preset is not valid JSON: Expected ':' after property name at line 3, column 13. " +
  'Fix the file there, or save the preset again from Ganvas.';

describe('describeJsonSyntaxError', () => {
  it('turns a V8 offset into line and column', () => {
    const message = "Expected ':' after property name in JSON at position 43";
    expect(describeJsonSyntaxError(message, text)).toBe(atLine3);
  });

  it('drops the line and column V8 appends since Node 22', () => {
    const message = "Expected ':' after property name in JSON at position 43 (line 3 column 13)";
    expect(describeJsonSyntaxError(message, text)).toBe(atLine3);
  });

  it('keeps "after JSON" in a V8 message', () => {
    expect(describeJsonSyntaxError('Unexpected non-whitespace character after JSON at position 3', '{}\n]')).toBe(
      'This preset is not valid JSON: Unexpected non-whitespace character after JSON at line 2, column 1. ' +
        'Fix the file there, or save the preset again from Ganvas.',
    );
  });

  it('reads the line and column of a SpiderMonkey message', () => {
    const message = "JSON.parse: expected ':' after property name in object at line 3 column 13 of the JSON data";
    expect(describeJsonSyntaxError(message, text)).toBe(
      "This preset is not valid JSON: expected ':' after property name in object at line 3, column 13. " +
        'Fix the file there, or save the preset again from Ganvas.',
    );
  });

  it('passes on a message without a position', () => {
    expect(describeJsonSyntaxError('JSON Parse error: Unexpected EOF', '{')).toBe(
      'This preset is not valid JSON: JSON Parse error: Unexpected EOF. ' +
        'Fix the file, or save the preset again from Ganvas.',
    );
  });
});
