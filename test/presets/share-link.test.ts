import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { parsePreset, serializePreset } from '../../src/presets/preset-file';
import {
  decodeShareFragment,
  encodeShareFragment,
  MAX_SHARE_URL_LENGTH,
  shareLinkFor,
} from '../../src/presets/share-link';
import type { Preset } from '../../src/schema/preset';
import { errorOf, readPresetText, TRICKY_LABELS, withTrickyLabels } from './support';

function loadPreset(file: string): Preset {
  const result = parsePreset(readPresetText(file));
  if (!result.ok) throw new Error(result.error.message);
  return result.preset;
}

const dcgan = loadPreset('dcgan-mnist.json');
const corrupt = {
  ok: false,
  error: {
    code: 'corrupt-share-link',
    message:
      'This share link is damaged: its preset data could not be decompressed. ' +
      'Copy the whole link again, because a link cut short cannot be read.',
  },
};

describe('encodeShareFragment', () => {
  it('stores the compact JSON compressed by lz-string', () => {
    const fragment = encodeShareFragment(dcgan);
    expect(fragment.startsWith('#preset=')).toBe(true);
    expect(fragment.slice('#preset='.length)).toMatch(/^[A-Za-z0-9+\-$]+$/);
    const json = LZString.decompressFromEncodedURIComponent(fragment.slice('#preset='.length));
    expect(JSON.parse(json)).toEqual(JSON.parse(readPresetText('dcgan-mnist.json')));
  });
});

describe('decodeShareFragment', () => {
  it('round-trips a preset', () => {
    expect(decodeShareFragment(encodeShareFragment(dcgan))).toEqual({ ok: true, preset: dcgan });
  });

  it('keeps the editor view', () => {
    const preset = { ...dcgan, view: { x: -310.25, y: 42, zoom: 0.6 } };
    const result = decodeShareFragment(encodeShareFragment(preset));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.preset.view).toEqual({ x: -310.25, y: 42, zoom: 0.6 });
  });

  it('returns an error for random data', () => {
    // A linear congruential generator over lz-string's alphabet, the same on every run.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    let seed = 3;
    for (let round = 0; round < 200; round++) {
      let data = '';
      for (let i = 0; i < 1 + (round % 50) * 20; i++) {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        data += alphabet[seed % alphabet.length];
      }
      expect(decodeShareFragment(`#preset=${data}`).ok).toBe(false);
    }
  });

  it('accepts the fragment without its #', () => {
    expect(decodeShareFragment(encodeShareFragment(dcgan).slice(1))).toEqual({ ok: true, preset: dcgan });
  });

  it('keeps HTML, quotes and Cyrillic in labels byte for byte', () => {
    const preset = withTrickyLabels(dcgan);
    const result = decodeShareFragment(encodeShareFragment(preset));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.preset.nodes.slice(0, 3).map((n) => n.label)).toEqual([...TRICKY_LABELS]);
    expect(serializePreset(result.preset)).toBe(serializePreset(preset));
  });

  it('undoes percent-encoding of the lz-string alphabet', () => {
    const fragment = encodeShareFragment(dcgan);
    const escaped = fragment.replaceAll('$', '%24').replaceAll('+', '%2B');
    expect(escaped).not.toBe(fragment);
    expect(decodeShareFragment(escaped)).toEqual({ ok: true, preset: dcgan });
  });

  it('rejects a fragment without a preset', () => {
    expect(decodeShareFragment('#training')).toMatchObject({
      ok: false,
      error: {
        code: 'not-a-share-link',
        message:
          'This link carries no preset: a Ganvas share link ends in "#preset=" followed by the preset. ' +
          'Copy the whole link again.',
      },
    });
  });

  it('rejects an empty preset', () => {
    expect(decodeShareFragment('#preset=')).toMatchObject(corrupt);
  });

  it('rejects data that is not lz-string', () => {
    expect(decodeShareFragment('#preset=hello-world')).toMatchObject(corrupt);
  });

  it('rejects a link cut in half', () => {
    const fragment = encodeShareFragment(dcgan);
    expect(decodeShareFragment(fragment.slice(0, fragment.length / 2))).toMatchObject(corrupt);
  });

  it('passes on the errors of a valid link to a bad preset', () => {
    const json = JSON.parse(readPresetText('dcgan-mnist.json'));
    json.nodes[1].type = 'dense3d';
    const fragment = `#preset=${LZString.compressToEncodedURIComponent(JSON.stringify(json))}`;
    expect(errorOf(decodeShareFragment(fragment)).code).toBe('unknown-node-type');
  });

  it('rejects a fragment longer than any link Ganvas makes', () => {
    const fragment = `#preset=${'A'.repeat(MAX_SHARE_URL_LENGTH)}`;
    expect(decodeShareFragment(fragment)).toMatchObject({
      ok: false,
      error: {
        code: 'share-link-too-long',
        message:
          'This share link is over 65,536 characters, longer than any link Ganvas makes: ' +
          'ask for the preset as a file instead.',
      },
    });
  });
});

describe('shareLinkFor', () => {
  it('replaces the fragment of the base URL', () => {
    const result = shareLinkFor('http://127.0.0.1:5173/ganvas/#preset=old', dcgan);
    expect(result).toEqual({ ok: true, url: `http://127.0.0.1:5173/ganvas/${encodeShareFragment(dcgan)}` });
  });

  it('makes a link of exactly 65,536 characters', () => {
    const fragment = encodeShareFragment(dcgan);
    const base = `http://127.0.0.1/${'a'.repeat(65_536 - 'http://127.0.0.1/'.length - fragment.length)}`;
    const result = shareLinkFor(base, dcgan);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.url.length).toBe(65_536);
  });

  it('refuses a link of 65,537 characters and suggests a file', () => {
    const fragment = encodeShareFragment(dcgan);
    const base = `http://127.0.0.1/${'a'.repeat(65_537 - 'http://127.0.0.1/'.length - fragment.length)}`;
    expect(shareLinkFor(base, dcgan)).toMatchObject({
      ok: false,
      error: {
        code: 'share-link-too-long',
        message:
          'The share link for this preset would be 65,537 characters, but Ganvas makes links of up ' +
          'to 65,536 so that every browser opens them: save the preset as a file and share the file instead.',
      },
    });
  });

  it('refuses a preset too large for any link', () => {
    // 1,000 nodes with labels of pseudo-random letters, which compress poorly.
    let seed = 1;
    const letter = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return String.fromCharCode(97 + (seed % 26));
    };
    const nodes = Array.from({ length: 1000 }, (_, i) => ({
      id: `n${i}`,
      type: 'flatten',
      label: Array.from({ length: 150 }, letter).join(''),
      params: {},
      position: { x: i, y: 0 },
    }));
    const error = errorOf(shareLinkFor('http://127.0.0.1:5173/', { ...dcgan, nodes, connections: [] }));
    expect(error.code).toBe('share-link-too-long');
    expect(error.message).toMatch(/^The share link for this preset would be \d{2,3},\d{3} characters,/);
  });
});
