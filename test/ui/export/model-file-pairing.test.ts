import { describe, expect, it } from 'vitest';
import { pairModelFiles, scriptFileName, type ChosenFile } from '../../../src/ui/export/model-file-pairing';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer as ArrayBuffer;

function modelJson(fileName: string, modelName: string, weightsPath: string): ChosenFile {
  return {
    name: fileName,
    bytes: encode({
      modelTopology: { class_name: 'Model', config: { name: modelName } },
      weightsManifest: [{ paths: [weightsPath], weights: [] }],
    }),
  };
}

const weights = (name: string, size: number): ChosenFile => ({ name, bytes: new ArrayBuffer(size) });

const exportedFiles = () => [
  modelJson('generator.json', 'generator', 'generator.weights.bin'),
  weights('generator.weights.bin', 8),
  modelJson('discriminator.json', 'discriminator', 'discriminator.weights.bin'),
  weights('discriminator.weights.bin', 12),
];

describe('pairModelFiles', () => {
  it('pairs the four exported files', () => {
    const result = pairModelFiles(exportedFiles());
    if (!result.ok) throw new Error(result.message);
    expect(result.pair.generator.weightsFileName).toBe('generator.weights.bin');
    expect(result.pair.generator.weights.byteLength).toBe(8);
    expect(result.pair.discriminator.weights.byteLength).toBe(12);
    expect(JSON.parse(result.pair.discriminator.modelJson).modelTopology.config.name).toBe('discriminator');
  });

  it('classifies by model name over file name', () => {
    const files = [
      modelJson('a.json', 'discriminator', 'd.bin'),
      weights('d.bin', 4),
      modelJson('b.json', 'generator', 'g.bin'),
      weights('g.bin', 2),
    ];
    const result = pairModelFiles(files);
    if (!result.ok) throw new Error(result.message);
    expect(result.pair.generator.weightsFileName).toBe('g.bin');
    expect(result.pair.discriminator.weightsFileName).toBe('d.bin');
  });

  it('pairs CLI files by weights size', () => {
    const cliJson = (modelName: string, units: number): ChosenFile => ({
      name: 'model.json',
      bytes: encode({
        modelTopology: { config: { name: modelName } },
        weightsManifest: [{ paths: ['weights.bin'], weights: [{ name: 'k', shape: [2, units], dtype: 'float32' }] }],
      }),
    });
    const files = [
      cliJson('discriminator', 3),
      weights('weights.bin', 2 * 5 * 4),
      cliJson('generator', 5),
      weights('weights.bin', 2 * 3 * 4),
    ];
    const result = pairModelFiles(files);
    if (!result.ok) throw new Error(result.message);
    expect(result.pair.generator.weights.byteLength).toBe(40);
    expect(result.pair.discriminator.weights.byteLength).toBe(24);
  });

  it.for([
    {
      case: 'missing weights file',
      files: () => exportedFiles().filter((file) => file.name !== 'generator.weights.bin'),
      message:
        'generator.json names the weights file "generator.weights.bin", which is not among the chosen files: choose it too, under that name.',
    },
    {
      case: 'missing network',
      files: () => exportedFiles().slice(0, 2),
      message: 'Choose the model.json and weights file of both networks: the discriminator is missing.',
    },
    {
      case: 'invalid JSON',
      files: () => [{ name: 'generator.json', bytes: new TextEncoder().encode('{').buffer as ArrayBuffer }],
      message: 'generator.json is not valid JSON.',
    },
    {
      case: 'unknown model',
      files: () => [modelJson('model.json', 'encoder', 'weights.bin')],
      message: 'model.json is neither a generator nor a discriminator: its model is named "encoder".',
    },
    {
      case: 'duplicate network',
      files: () => [...exportedFiles(), modelJson('generator (1).json', 'generator', 'generator.weights.bin')],
      message: 'More than one generator model.json was chosen.',
    },
    {
      case: 'two weights files',
      files: () => [{ name: 'generator.json', bytes: encode({ modelTopology: {}, weightsManifest: [{ paths: ['a', 'b'] }] }) }],
      message:
        'generator.json is not a TensorFlow.js layers model with one weights file: expected a modelTopology and a weightsManifest that names one path.',
    },
  ])('rejects a $case', ({ files, message }) => {
    expect(pairModelFiles(files())).toMatchObject({ ok: false, message });
  });
});

describe('scriptFileName', () => {
  it.for([
    ['DCGAN MNIST', 'dcgan_mnist.py'],
    ['  MLP (MNIST)  ', 'mlp_mnist.py'],
    ['Ünïcode ★', 'n_code.py'],
    ['***', 'ganvas_model.py'],
  ])('turns %s into %s', ([name, fileName]) => {
    expect(scriptFileName(name)).toBe(fileName);
  });
});
