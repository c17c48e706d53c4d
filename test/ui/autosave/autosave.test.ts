import { describe, expect, it } from 'vitest';
import { BUILTIN_PRESETS } from '../../../src/presets/builtin';
import { serializePreset } from '../../../src/presets/preset-file';
import { encodeShareFragment } from '../../../src/presets/share-link';
import {
  AUTOSAVE_KEY,
  chooseInitialPreset,
  readAutosave,
  writeAutosave,
} from '../../../src/ui/autosave/autosave';

const [fallback, shared, autosaved] = BUILTIN_PRESETS.map((p) => p.preset);
const autosaveText = serializePreset(autosaved);

describe('chooseInitialPreset', () => {
  it('prefers a share link to the autosave', () => {
    const initial = chooseInitialPreset(encodeShareFragment(shared), autosaveText, fallback);
    expect(initial.source).toBe('share-link');
    expect(initial.preset).toEqual(shared);
    expect(initial.error).toBeNull();
  });

  it('opens the autosave without a share link', () => {
    const initial = chooseInitialPreset('', autosaveText, fallback);
    expect(initial.source).toBe('autosave');
    expect(initial.preset).toEqual(autosaved);
  });

  it('ignores a fragment that is no share link', () => {
    const initial = chooseInitialPreset('#section-2', autosaveText, fallback);
    expect(initial.source).toBe('autosave');
    expect(initial.error).toBeNull();
  });

  it('opens the fallback with neither', () => {
    const initial = chooseInitialPreset('', null, fallback);
    expect(initial.source).toBe('default');
    expect(initial.preset).toBe(fallback);
    expect(initial.error).toBeNull();
  });

  it('reports a damaged share link and opens the autosave', () => {
    const initial = chooseInitialPreset('#preset=not-lz-data!!', autosaveText, fallback);
    expect(initial.source).toBe('autosave');
    expect(initial.error?.message).toMatch(/share link is damaged/);
  });

  it('reports a damaged autosave and opens the fallback', () => {
    const initial = chooseInitialPreset('', '{"format":', fallback);
    expect(initial.source).toBe('default');
    expect(initial.error?.message).toMatch(/^The autosaved graph could not be restored/);
  });
});

describe('readAutosave and writeAutosave', () => {
  it('round-trip a preset', () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    };
    expect(writeAutosave(storage, shared)).toBe(true);
    expect(items.has(AUTOSAVE_KEY)).toBe(true);
    expect(chooseInitialPreset('', readAutosave(storage), fallback).preset).toEqual(shared);
  });

  it('report storage failures instead of throwing', () => {
    const failing = {
      getItem: (): string | null => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readAutosave(failing)).toBeNull();
    expect(writeAutosave(failing, shared)).toBe(false);
  });
});
