import { describe, expect, it } from 'vitest';
import { parsePreset } from '../../src/presets/preset-file';
import { readPresetFromPng } from '../../src/presets/png-recipe';
import { decodeShareFragment } from '../../src/presets/share-link';
import type { PresetResult } from '../../src/schema/preset-error';
import { mlpPresetJson } from './support';

function russianOf(result: PresetResult): string {
  if (result.ok) throw new Error('expected an error, got a success');
  if (result.error.messageRu === undefined) throw new Error(`no Russian for ${result.error.code}`);
  return result.error.messageRu;
}

const withChange = (change: (json: Record<string, any>) => void) => {
  const json = mlpPresetJson();
  change(json);
  return parsePreset(JSON.stringify(json));
};

describe('preset errors in Russian', () => {
  it('reports malformed JSON with its line and column', () => {
    const text = '{\n  "format": "ganvas-preset",\n  "version" 2\n}';
    expect(russianOf(parsePreset(text))).toBe(
      'Этот пресет — некорректный JSON: Unexpected number в строке 3, столбце 13. ' +
        'Исправьте файл в этом месте или сохраните пресет из Ganvas заново.',
    );
  });

  it('rejects a JSON array as not a preset', () => {
    expect(russianOf(parsePreset('[]'))).toBe(
      'Это не пресет Ganvas: это JSON-массив, а пресет — это JSON-объект с "format": "ganvas-preset". ' +
        'Откройте файл пресета, сохранённый Ganvas.',
    );
  });

  it('rejects a newer version', () => {
    expect(russianOf(withChange((json) => (json.version = 99)))).toMatch(
      /^Это пресет версии 99, а этот Ganvas читает версии до \d+: обновите Ganvas/,
    );
  });

  it('names a missing field and counts the others', () => {
    const message = russianOf(
      withChange((json) => {
        delete json.name;
        json.view = { x: 0, y: 0, zoom: 0 };
      }),
    );
    expect(message).toBe(
      'Поле name отсутствует: добавьте его (ожидается string). Ещё полей с ошибками: 1. ' +
        'Исправьте файл или сохраните пресет из Ganvas заново.',
    );
  });

  it('names an invalid parameter', () => {
    const message = russianOf(withChange((json) => (json.nodes[1].params = { units: 0 })));
    expect(message).toContain('некорректный параметр: units должен быть от 1 до 65536, получено 0.');
  });

  it('rejects a damaged share link and a file that is not a PNG', () => {
    expect(russianOf(decodeShareFragment('#preset=hello-world'))).toMatch(/^Эта ссылка повреждена/);
    expect(russianOf(readPresetFromPng(new Uint8Array([1, 2, 3])))).toMatch(/^Этот файл — не изображение PNG/);
  });
});
