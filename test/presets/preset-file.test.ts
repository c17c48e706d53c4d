import { describe, expect, it } from 'vitest';
import { parsePreset, PRESET_MAX_BYTES, serializePreset } from '../../src/presets/preset-file';
import type { Preset } from '../../src/schema/preset';
import { errorOf, mlpPresetJson, presetFiles, readPresetText, TRICKY_LABELS, withTrickyLabels } from './support';

function parseOk(text: string): Preset {
  const result = parsePreset(text);
  if (!result.ok) throw new Error(`expected a preset, got ${result.error.code}: ${result.error.message}`);
  return result.preset;
}

/** Parses the MLP preset after `change` edits its JSON, and returns the error. */
function errorAfter(change: (json: Record<string, any>) => void) {
  const json = mlpPresetJson();
  change(json);
  return errorOf(parsePreset(JSON.stringify(json, null, 2)));
}

describe('serializePreset', () => {
  it.each(presetFiles)('round-trips %s as data', (file) => {
    const text = readPresetText(file);
    expect(JSON.parse(serializePreset(parseOk(text)))).toEqual(JSON.parse(text));
  });

  it.each(presetFiles)('round-trips %s byte for byte', (file) => {
    const text = readPresetText(file);
    expect(serializePreset(parseOk(text))).toBe(text);
  });

  it('keeps HTML, quotes and Cyrillic in labels byte for byte', () => {
    const text = serializePreset(withTrickyLabels(parseOk(readPresetText('mlp-mnist.json'))));
    expect(text).toContain('"label": "<script>alert(\\"x\\")</script>"');
    expect(text).toContain('"label": "Tom & Jerry\'s \\"layer\\""');
    expect(text).toContain('"label": "Генератор: слой №1"');
    const preset = parseOk(text);
    expect(preset.nodes.slice(0, 3).map((n) => n.label)).toEqual([...TRICKY_LABELS]);
    expect(serializePreset(preset)).toBe(text);
  });

  it('writes plain arrays for typed-array parameters', () => {
    const preset = parseOk(readPresetText('mlp-mnist.json'));
    const reshape = preset.nodes.find((n) => n.id === 'g_reshape')!;
    reshape.params.targetShape = Int32Array.of(28, 28, 1);
    const json = JSON.parse(serializePreset(preset));
    expect(json.nodes.find((n: { id: string }) => n.id === 'g_reshape').params.targetShape).toEqual([28, 28, 1]);
  });

  it('leaves out unset optional fields and writes the view', () => {
    const preset = parseOk(readPresetText('mlp-mnist.json'));
    const json = JSON.parse(serializePreset({ ...preset, view: { x: -120.5, y: 40, zoom: 0.75 } }));
    expect(json.view).toEqual({ x: -120.5, y: 40, zoom: 0.75 });
    expect('notes' in json).toBe(false);
    expect('label' in json.nodes[0]).toBe(false);
  });
});

describe('parsePreset', () => {
  it('fills in defaults for left-out fields', () => {
    const json = mlpPresetJson();
    delete json.description;
    delete json.training;
    delete json.nodes[0].position;
    const preset = parseOk(JSON.stringify(json));
    expect(preset.description).toBe('');
    expect(preset.training).toEqual({
      batchSize: 32,
      generatorLearningRate: 0.0002,
      discriminatorLearningRate: 0.0002,
      beta1: 0.5,
      seed: 42,
    });
    expect(preset.nodes[0].position).toEqual({ x: 0, y: 0 });
  });

  it('skips a UTF-8 byte order mark', () => {
    expect(parseOk(`\uFEFF${readPresetText('mlp-mnist.json')}`).name).toBe('MLP GAN on MNIST');
  });

  it('accepts a preset of exactly 1 MiB', () => {
    const text = readPresetText('mlp-mnist.json');
    expect(parseOk(text + ' '.repeat(PRESET_MAX_BYTES - text.length)).name).toBe('MLP GAN on MNIST');
  });
});

describe('parsePreset errors', () => {
  it('rejects a preset over 1 MiB', () => {
    const text = readPresetText('mlp-mnist.json');
    expect(parsePreset(text + ' '.repeat(PRESET_MAX_BYTES - text.length + 1))).toMatchObject({
      ok: false,
      error: {
        code: 'preset-too-large',
        message:
          'This preset is 1,048,577 bytes, but Ganvas reads presets up to 1 MiB (1,048,576 bytes): ' +
          'check that it is a Ganvas preset, or shorten its notes and remove unused nodes.',
      },
    });
  });

  it('measures the size in UTF-8 bytes', () => {
    // 600,000 characters of two bytes each: under the cap in characters, over it in bytes.
    expect(errorOf(parsePreset('я'.repeat(600_000)))).toEqual({
      code: 'preset-too-large',
      message:
        'This preset is 1,200,000 bytes, but Ganvas reads presets up to 1 MiB (1,048,576 bytes): ' +
        'check that it is a Ganvas preset, or shorten its notes and remove unused nodes.',
    });
  });

  // The reason in these messages is V8's own text, as in Node 20; line and column are ours.
  it('reports malformed JSON with its line and column', () => {
    const text = '{\n  "format": "ganvas-preset",\n  "version" 2\n}';
    expect(parsePreset(text)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-json',
        message:
          'This preset is not valid JSON: Unexpected number at line 3, column 13. ' +
          'Fix the file there, or save the preset again from Ganvas.',
      },
    });
  });

  it('reports JSON that ends early', () => {
    expect(parsePreset('{"format": "ganvas-preset", "version":')).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-json',
        message:
          'This preset is not valid JSON: Unexpected end of JSON input. ' +
          'Fix the file, or save the preset again from Ganvas.',
      },
    });
  });

  it.each([
    ['a JSON array', '[1, 2]', 'it is a JSON array'],
    ['a JSON string', '"ganvas-preset"', 'it is the JSON value "ganvas-preset"'],
    ['null', 'null', 'it is the JSON value null'],
    ['an object without format', '{"name": "x"}', 'its JSON object has no "format" field'],
    ['another format', '{"format": "comfyui-workflow"}', 'its "format" is "comfyui-workflow"'],
  ])('rejects %s as not a preset', (_case, text, what) => {
    expect(parsePreset(text)).toMatchObject({
      ok: false,
      error: {
        code: 'not-a-preset',
        message:
          `This is not a Ganvas preset: ${what}, but a preset is a JSON object with ` +
          '"format": "ganvas-preset". Open a preset file saved by Ganvas.',
      },
    });
  });

  it('rejects a missing version', () => {
    expect(errorAfter((json) => delete json.version)).toEqual({
      code: 'invalid-version',
      message: 'This preset has no "version" field: add the version it was saved in (this Ganvas writes "version": 2).',
    });
  });

  it.each([
    ['a string', '2', '"2"'],
    ['zero', 0, '0'],
    ['a fraction', 1.5, '1.5'],
  ])('rejects a version that is %s', (_case, version, shown) => {
    expect(errorAfter((json) => (json.version = version))).toEqual({
      code: 'invalid-version',
      message:
        `This preset's version must be a whole number from 1 to 2, got ${shown}: ` +
        'write it as a number, such as "version": 2.',
    });
  });

  it('rejects a newer version', () => {
    expect(errorAfter((json) => (json.version = 3))).toEqual({
      code: 'unsupported-version',
      message: 'This preset is version 3, but this Ganvas reads versions up to 2: update Ganvas to open it.',
    });
  });

  it('rejects a field of the wrong type, naming its node', () => {
    expect(errorAfter((json) => (json.nodes[1].position.x = 'left'))).toEqual({
      code: 'invalid-field',
      message:
        'The field nodes[1].position.x of node "g_dense1" is invalid: expected number, received string. ' +
        'Correct the file, or save the preset again from Ganvas.',
    });
  });

  it('rejects a training setting out of range', () => {
    expect(errorAfter((json) => (json.training.batchSize = 5000))).toEqual({
      code: 'invalid-field',
      message:
        'The field training.batchSize is invalid: expected number to be <=1024, got 5000. ' +
        'Correct the file, or save the preset again from Ganvas.',
    });
  });

  it('rejects a missing field and counts the others', () => {
    const error = errorAfter((json) => {
      delete json.name;
      json.view = { x: 0, y: 0, zoom: 0 };
    });
    expect(error).toEqual({
      code: 'invalid-field',
      message:
        'The field name is missing: add it (expected string). 1 more field is missing or invalid. ' +
        'Correct the file, or save the preset again from Ganvas.',
    });
  });

  it('rejects duplicate node ids', () => {
    expect(errorAfter((json) => (json.nodes[2].id = 'g_dense1'))).toEqual({
      code: 'duplicate-node-id',
      message: 'Two nodes have the id "g_dense1": give each node its own id.',
    });
  });

  it('rejects an unknown node type, listing the known ones', () => {
    expect(errorAfter((json) => (json.nodes[1].type = 'dense3d'))).toEqual({
      code: 'unknown-node-type',
      message:
        'Node "g_dense1" has the unknown type "dense3d": use one of latentNoise, imageDataset, dense, ' +
        'reshape, flatten, conv2dTranspose, conv2d, batchNormalization, dropout, activation, ' +
        'generatorOutput, discriminatorOutput, or open the preset in the newer Ganvas it was made with.',
    });
  });

  it('rejects a parameter out of range', () => {
    expect(errorAfter((json) => (json.nodes[1].params.units = 0))).toEqual({
      code: 'invalid-parameter',
      message:
        'Node "g_dense1" (dense) has an invalid parameter: units must be between 1 and 65536, got 0. ' +
        'Change the value in the file.',
    });
  });

  it('rejects a parameter the node type does not have', () => {
    expect(errorAfter((json) => (json.nodes[1].params.unit = 256))).toEqual({
      code: 'unknown-parameter',
      message: 'Node "g_dense1" (dense) has no parameter "unit": rename it to one of units, useBias, or remove it.',
    });
  });

  it('rejects a parameter on a node type without parameters', () => {
    expect(errorAfter((json) => (json.nodes[6].params.scale = 2))).toEqual({
      code: 'unknown-parameter',
      message:
        'Node "generator" (generatorOutput) has no parameter "scale": ' +
        'remove it, because this type takes no parameters.',
    });
  });

  it('rejects a connection to a node that does not exist', () => {
    expect(errorAfter((json) => (json.connections[0].target = 'g_dense9'))).toEqual({
      code: 'connection-node-not-found',
      message:
        'The connection from "latent" (output "out") to "g_dense9" (input "in") refers to node ' +
        '"g_dense9", which is not in the preset: add a node with that id, or remove the connection.',
    });
  });

  it('rejects a connection into an input the node does not have', () => {
    expect(errorAfter((json) => (json.connections[0].targetInput = 'input'))).toEqual({
      code: 'connection-port-not-found',
      message:
        'The connection from "latent" (output "out") to "g_dense1" (input "input") uses the input ' +
        '"input", which node "g_dense1" (dense) does not have: connect to its input "in" instead.',
    });
  });

  it('rejects a connection from an output the node does not have', () => {
    expect(errorAfter((json) => (json.connections[0].sourceOutput = 'noise'))).toEqual({
      code: 'connection-port-not-found',
      message:
        'The connection from "latent" (output "noise") to "g_dense1" (input "in") uses the output ' +
        '"noise", which node "latent" (latentNoise) does not have: connect to its output "out" instead.',
    });
  });

  it('rejects a connection into a node without inputs', () => {
    const reversed = (json: Record<string, any>) => {
      json.connections[0] = { ...json.connections[0], source: 'g_dense1', target: 'latent' };
    };
    expect(errorAfter(reversed)).toEqual({
      code: 'connection-port-not-found',
      message:
        'The connection from "g_dense1" (output "out") to "latent" (input "in") uses the input "in", ' +
        'which node "latent" (latentNoise) does not have: that type has no inputs, so remove the connection.',
    });
  });

  it('accepts graph mistakes left for the editor to show', () => {
    // A node without its input connection is unfinished work, not a broken file.
    const json = mlpPresetJson();
    json.connections.splice(0, 1);
    expect(parsePreset(JSON.stringify(json)).ok).toBe(true);
  });
});

describe('parsePreset on damaged files', () => {
  /** Every path to a value in a JSON tree, as the keys leading to it. */
  function pathsOf(value: unknown, path: string[] = []): string[][] {
    if (typeof value !== 'object' || value === null) return [path];
    const children = Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...path, key]));
    return [path, ...children];
  }

  const replacements: unknown[] = [
    null, [], {}, '', 'constructor', '__proto__', -1, 0, 1.5, 1e308, true, [[]], { id: 1 },
  ];

  it('returns an error instead of throwing', () => {
    // A linear congruential generator, so that every run damages the same fields.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const paths = pathsOf(mlpPresetJson()).filter((p) => p.length > 0);
    let errors = 0;
    for (let round = 0; round < 400; round++) {
      const json = mlpPresetJson();
      const path = paths[random(paths.length)];
      const parent = path.slice(0, -1).reduce((node, key) => node[key], json);
      parent[path.at(-1)!] = replacements[random(replacements.length)];
      const result = parsePreset(JSON.stringify(json));
      if (!result.ok) errors++;
      expect(typeof result.ok).toBe('boolean');
    }
    // This sequence has 373 rejected; the rest set valid values, such as a position of -1.
    expect(errors).toBeGreaterThan(300);
  });

  it('returns an error for every truncation', () => {
    const text = readPresetText('mlp-mnist.json');
    for (let end = 0; end < text.length - 2; end += 97) {
      expect(parsePreset(text.slice(0, end)).ok).toBe(false);
    }
  });
});
