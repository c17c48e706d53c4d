import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePreset, serializePreset } from '../../src/presets/preset-file';
import { migrateToCurrent, migrateV1ToV2 } from '../../src/schema/migrations';
import { PRESET_VERSION, presetV1Schema, presetV2Schema } from '../../src/schema/preset';
import { readPresetText } from '../presets/support';

// The DCGAN preset as committed in version 1 of the format.
const v1Text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'dcgan-mnist-v1.json'), 'utf8');

describe('migrateV1ToV2', () => {
  it('changes only the version', () => {
    const v1 = presetV1Schema.parse(JSON.parse(v1Text));
    const v2 = migrateV1ToV2(v1);
    expect(v2.version).toBe(2);
    expect(v2.view).toBeUndefined();
    expect({ ...v2, version: 1 }).toEqual(v1);
  });

  it('gives data the version 2 schema accepts', () => {
    const v2 = migrateV1ToV2(presetV1Schema.parse(JSON.parse(v1Text)));
    expect(presetV2Schema.safeParse(v2).success).toBe(true);
  });
});

describe('loading a version 1 file', () => {
  it('migrates the committed v1 DCGAN to the shipped v2 file', () => {
    const result = parsePreset(v1Text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preset.version).toBe(2);
    expect(serializePreset(result.preset)).toBe(readPresetText('dcgan-mnist.json'));
  });

  it('checks a v1 file against the v1 schema', () => {
    const json = JSON.parse(v1Text);
    json.nodes[0].position = { x: 'left', y: 0 };
    expect(parsePreset(JSON.stringify(json))).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-field',
        message:
          'The field nodes[0].position.x of node "latent" is invalid: expected number, received string. ' +
          'Correct the file, or save the preset again from Ganvas.',
      },
    });
  });
});

describe('preset versions', () => {
  it('writes version 2', () => {
    expect(PRESET_VERSION).toBe(2);
  });

  it('refuses a version newer than this build', () => {
    const json = JSON.parse(readPresetText('dcgan-mnist.json'));
    json.version = 7;
    expect(parsePreset(JSON.stringify(json))).toMatchObject({
      ok: false,
      error: {
        code: 'unsupported-version',
        message: 'This preset is version 7, but this Ganvas reads versions up to 2: update Ganvas to open it.',
      },
    });
  });

  it('leaves current data to the caller to validate', () => {
    const data = { anything: true };
    expect(migrateToCurrent(data, 2)).toEqual({ ok: true, data });
  });

  it('throws for a version without a migration', () => {
    expect(() => migrateToCurrent({}, 0)).toThrow('no migration from preset version 0');
  });
});
