import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/graph/analyze';
import { BUILTIN_PRESETS, DEFAULT_PRESET_ID } from '../../src/presets/builtin';
import { presetFiles, readPresetText } from './support';

/** Lists the paths, like `nodes[2].params.activation`, where two JSON values differ. */
function diffPaths(a: unknown, b: unknown, path = ''): string[] {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) {
    return Object.is(a, b) ? [] : [path];
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((key) => {
    let child = path === '' ? key : `${path}.${key}`;
    if (Array.isArray(a)) child = `${path}[${key}]`;
    return diffPaths(a[key], b[key], child);
  });
}

const json = (file: string) => JSON.parse(readPresetText(file));

describe('BUILTIN_PRESETS', () => {
  it('lists the default first', () => {
    expect(DEFAULT_PRESET_ID).toBe('dcgan-mnist');
    expect(BUILTIN_PRESETS[0].id).toBe('dcgan-mnist');
  });

  it('lists every file in presets/ once', () => {
    const ids = BUILTIN_PRESETS.map((p) => `${p.id}.json`);
    expect([...ids].sort()).toEqual(presetFiles);
  });

  it.each(BUILTIN_PRESETS.map((p) => [p.id, p] as const))('%s has a name and a one-line description', (id, builtin) => {
    expect(builtin.name).toBe(json(`${id}.json`).name);
    expect(builtin.name.length).toBeGreaterThan(0);
    expect(builtin.description.length).toBeGreaterThan(0);
    expect(builtin.description).not.toContain('\n');
    expect(builtin.preset).toEqual(json(`${id}.json`));
  });
});

describe('ReLU and LeakyReLU generator presets', () => {
  it('differ only in the generator hidden activations', () => {
    const relu = json('relu-generator.json');
    const leaky = json('leaky-relu-generator.json');
    expect(diffPaths(relu, leaky).sort()).toEqual([
      'description',
      'name',
      'nodes[2].params.activation',
      'nodes[4].params.activation',
    ]);
    expect([relu.nodes[2].params.activation, relu.nodes[4].params.activation]).toEqual(['relu', 'relu']);
    expect([leaky.nodes[2].params.activation, leaky.nodes[4].params.activation]).toEqual(['leakyRelu', 'leakyRelu']);
    expect([leaky.nodes[2].params.alpha, leaky.nodes[4].params.alpha]).toEqual([0.2, 0.2]);
  });

  it('change layers between Dense layers of the generator', () => {
    const relu = json('relu-generator.json');
    const changed = [relu.nodes[2].id, relu.nodes[4].id];
    expect(changed).toEqual(['g_act1', 'g_act2']);
    const analysis = analyzeGraph(relu);
    for (const id of changed) expect(analysis.nodes.get(id)!.network).toBe('generator');
    type Connection = { source: string; target: string };
    const connections: Connection[] = relu.connections;
    const sources = connections.filter((c) => changed.includes(c.target)).map((c) => c.source);
    const targets = connections.filter((c) => changed.includes(c.source)).map((c) => c.target);
    expect(sources).toEqual(['g_dense1', 'g_dense2']);
    expect(targets).toEqual(['g_dense2', 'g_dense3']);
  });
});

describe('DCGAN on Fashion-MNIST', () => {
  it('is the MNIST DCGAN with the other dataset', () => {
    expect(diffPaths(json('dcgan-mnist.json'), json('dcgan-fashion-mnist.json')).sort()).toEqual([
      'description',
      'name',
      'nodes[11].params.dataset',
    ]);
    expect(json('dcgan-fashion-mnist.json').nodes[11].params.dataset).toBe('fashionMnist');
  });
});
