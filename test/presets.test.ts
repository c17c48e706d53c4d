import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGan } from '../src/compile/compile-gan';
import { analyzeGraph } from '../src/graph/analyze';
import { parsePreset } from '../src/presets/preset-file';
import { PRESET_VERSION } from '../src/schema/preset';
import { presetFiles as files, readPresetText } from './presets/support';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('shipped presets', () => {
  it('include the default DCGAN', () => {
    expect(files).toContain('dcgan-mnist.json');
  });

  it.each(files)('%s validates, analyzes cleanly and compiles', (file) => {
    const text = readPresetText(file);
    expect(JSON.parse(text).version).toBe(PRESET_VERSION);
    const result = parsePreset(text);
    if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
    const preset = result.preset;
    const analysis = analyzeGraph(preset);
    expect(analysis.diagnostics).toEqual([]);
    const gan = compileGan(preset, analysis);
    expect(gan.generator.countParams()).toBe(analysis.gan!.generatorParams);
    expect(gan.discriminator.countParams()).toBe(analysis.gan!.discriminatorParams);
    expect(gan.generator.outputs[0].shape.slice(1)).toEqual([...analysis.gan!.imageShape]);
    gan.generator.dispose();
    gan.discriminator.dispose();
  });
});
