import { describe, expect, it } from 'vitest';
import { readDatasetBytes } from '../../src/cli/dataset-bytes';
import { defaultRunDirectory } from '../../src/cli/run-directory';
import { DEFAULT_SAMPLE_EVERY, DEFAULT_STEPS, parseTrainArgs } from '../../src/cli/train-args';

describe('parseTrainArgs', () => {
  it('reads the preset and every option', () => {
    const argv = ['p.json', '--steps', '7', '--out', 'dir', '--batch-size', '16', '--sample-every', '3'];
    const args = parseTrainArgs(argv);

    expect(args).toEqual({
      kind: 'train',
      options: { presetPath: 'p.json', steps: 7, outDir: 'dir', batchSize: 16, sampleEvery: 3 },
    });
  });

  it('fills in defaults', () => {
    const args = parseTrainArgs(['p.json']);

    expect(args).toEqual({
      kind: 'train',
      options: {
        presetPath: 'p.json',
        steps: DEFAULT_STEPS,
        outDir: undefined,
        batchSize: undefined,
        sampleEvery: DEFAULT_SAMPLE_EVERY,
      },
    });
  });

  it('accepts --steps=N', () => {
    const args = parseTrainArgs(['--steps=5', 'p.json']);

    expect(args).toMatchObject({ kind: 'train', options: { steps: 5 } });
  });

  it.for(['-h', '--help'])('%s asks for help', (flag) => {
    expect(parseTrainArgs([flag])).toEqual({ kind: 'help' });
  });

  it.for([
    [[], 'Missing the preset file: give the path of a preset JSON file.'],
    [['a.json', 'b.json'], 'Expected one preset file, got 2: a.json, b.json.'],
    [['p.json', '--steps', '0'], '--steps must be a whole number 1 or more, got "0".'],
    [['p.json', '--steps', '2.5'], '--steps must be a whole number 1 or more, got "2.5".'],
    [['p.json', '--steps', 'ten'], '--steps must be a whole number 1 or more, got "ten".'],
    [['p.json', '--batch-size', '2000'], '--batch-size must be a whole number from 1 to 1024, got "2000".'],
    [['p.json', '--sample-every=-1'], '--sample-every must be a whole number 1 or more, got "-1".'],
  ] as const)('rejects %j', ([argv, message]) => {
    expect(parseTrainArgs(argv)).toEqual({ kind: 'invalid', message });
  });

  it('rejects an unknown option', () => {
    const args = parseTrainArgs(['p.json', '--epochs', '3']);

    expect(args).toMatchObject({ kind: 'invalid', message: expect.stringContaining('--epochs') });
  });

  it('rejects an option without its value', () => {
    const args = parseTrainArgs(['p.json', '--steps']);

    expect(args).toMatchObject({ kind: 'invalid', message: expect.stringContaining('--steps') });
  });
});

describe('defaultRunDirectory', () => {
  it('names the folder after the preset file and the local time', () => {
    const date = new Date(2025, 5, 1, 14, 5, 9);

    const directory = defaultRunDirectory('presets/mlp-mnist.json', date);

    expect(directory).toBe('runs/mlp-mnist-2025-06-01-14-05-09');
  });
});

describe('readDatasetBytes', () => {
  it('names the missing reader module of an unknown dataset', async () => {
    await expect(readDatasetBytes('cifarTen')).rejects.toThrow(
      'No reader for the dataset "cifarTen": add src/data/cifar-ten-bytes.ts exporting readCifarTenBytes().',
    );
  });

  it('rejects a name that is not an identifier', async () => {
    await expect(readDatasetBytes('../secret')).rejects.toThrow(
      'Invalid dataset name "../secret": expected letters and digits, starting with a letter.',
    );
  });
});
