import { describe, expect, it } from 'vitest';
import { datasetAssetPath } from '../../src/data/dataset-paths';

describe('datasetAssetPath', () => {
  it('keeps the MNIST path', () => {
    expect(datasetAssetPath('mnist')).toBe('datasets/mnist.u8');
  });

  it('names Fashion-MNIST after its dataset key', () => {
    expect(datasetAssetPath('fashionMnist')).toBe('datasets/fashionMnist.u8');
  });
});
