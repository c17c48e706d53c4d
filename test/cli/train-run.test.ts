import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPresetFile } from '../../src/cli/read-preset-file';
import { RunDirectory } from '../../src/cli/run-directory';
import { trainPreset } from '../../src/cli/train-run';

const mlpPresetPath = join(import.meta.dirname, '..', '..', 'presets', 'mlp-mnist.json');

let tempDir: string;

beforeAll(async () => {
  await tf.setBackend('cpu');
  tempDir = mkdtempSync(join(tmpdir(), 'ganvas-train-run-'));
});

afterAll(() => {
  rmSync(tempDir, { recursive: true, force: true });
});

describe('trainPreset', () => {
  it('writes grids by step and frees its tensors', async () => {
    const read = readPresetFile(mlpPresetPath);
    if (!read.ok) throw new Error(read.message);
    const directory = new RunDirectory(join(tempDir, 'run'));
    let starts = 0;
    const tensorsBefore = tf.memory().numTensors;

    const summary = await trainPreset({
      preset: read.preset,
      presetName: 'mlp',
      analysis: read.analysis,
      gan: read.gan,
      steps: 3,
      batchSize: 4,
      sampleEvery: 2,
      directory,
      onStart: () => (starts += 1),
    });

    // Step 2 is on the interval, and the last step gets a grid of its own.
    const grids = readdirSync(directory.path).filter((file) => file.endsWith('.png')).sort();
    expect(grids).toEqual(['samples-2.png', 'samples-3.png']);
    expect(summary.outcome).toBe('finished');
    expect(summary.steps).toBe(3);
    expect(starts).toBe(1);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });
});
