import { describe, expect, it } from 'vitest';
import { checkNewConnection } from '../../src/graph/connection-rules';
import { dcganGraph, wire } from '../support/graphs';

describe('checkNewConnection on the DCGAN preset', () => {
  const graph = dcganGraph();
  const without = (source: string, target: string) => ({
    ...graph,
    connections: graph.connections.filter((c) => !(c.source === source && c.target === target)),
  });

  it('accepts a layer into a free generator output', () => {
    expect(checkNewConnection(without('g_tanh', 'generator'), wire('g_deconv2', 'generator'))).toBeNull();
  });

  it('rejects a self-loop', () => {
    expect(checkNewConnection(graph, wire('g_dense', 'g_dense'))).toEqual({
      reason: 'cycle',
      cycle: ['g_dense'],
    });
  });

  it('rejects a cycle and names it', () => {
    expect(checkNewConnection(graph, wire('g_relu1', 'g_dense'))).toEqual({
      reason: 'cycle',
      cycle: ['g_relu1', 'g_dense', 'g_bn1'],
    });
  });

  it('rejects noise into the generator output', () => {
    expect(checkNewConnection(without('g_tanh', 'generator'), wire('latent', 'generator'))).toEqual({
      reason: 'incompatible',
      outputKind: 'noise',
      inputKind: 'feature',
    });
  });

  it('rejects a kind mismatch before an occupied input', () => {
    expect(checkNewConnection(graph, wire('dataset', 'generator'))).toEqual({
      reason: 'incompatible',
      outputKind: 'dataset',
      inputKind: 'feature',
    });
  });

  it('rejects generated images into the discriminator output', () => {
    expect(checkNewConnection(graph, wire('generator', 'discriminator'))).toEqual({
      reason: 'incompatible',
      outputKind: 'image',
      inputKind: 'feature',
    });
  });

  it('rejects a second connection into a layer', () => {
    expect(checkNewConnection(graph, wire('g_relu1', 'g_deconv1'))).toEqual({
      reason: 'input-taken',
      existingSource: 'g_reshape',
    });
  });

  it('rejects noise beside images at the first discriminator layer', () => {
    expect(checkNewConnection(graph, wire('latent', 'd_conv1'))).toEqual({
      reason: 'input-taken',
      existingSource: 'dataset',
    });
  });

  it('accepts real and generated images into one layer', () => {
    expect(checkNewConnection(without('generator', 'd_conv1'), wire('generator', 'd_conv1'))).toBeNull();
    expect(checkNewConnection(without('dataset', 'd_conv1'), wire('dataset', 'd_conv1'))).toBeNull();
  });

  it('lets unknown ports through to the analyzer', () => {
    const candidate = { ...wire('g_relu2', 'generator'), targetInput: 'nope' };
    expect(checkNewConnection(without('g_tanh', 'generator'), candidate)).toBeNull();
  });
});
