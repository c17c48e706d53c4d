import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGan } from '../src/compile/compile-gan';
import { analyzeGraph } from '../src/graph/analyze';
import { presetSchema } from '../src/schema/preset';

const presetDir = join(import.meta.dirname, '..', 'presets');
const files = readdirSync(presetDir).filter((f) => f.endsWith('.json'));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('shipped presets', () => {
  it('include the default DCGAN', () => {
    expect(files).toContain('dcgan-mnist.json');
  });

  it.each(files)('%s validates, analyzes cleanly and compiles', (file) => {
    const preset = presetSchema.parse(JSON.parse(readFileSync(join(presetDir, file), 'utf8')));
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
