import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGan, GraphHasErrors } from '../../src/compile/compile-gan';
import { analyzeGraph } from '../../src/graph/analyze';
import { dcganGraph, mlpGan, setParam } from '../support/graphs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('compileGan', () => {
  it('builds the DCGAN with the analyzed parameter counts', () => {
    const graph = dcganGraph();
    const gan = compileGan(graph);
    const analysis = analyzeGraph(graph);
    expect(gan.generator.countParams()).toBe(analysis.gan!.generatorParams);
    expect(gan.discriminator.countParams()).toBe(analysis.gan!.discriminatorParams);
    expect(gan.generator.countParams()).toBe(865_281);
    expect(gan.discriminator.countParams()).toBe(212_865);
    expect(gan.generator.inputs[0].shape).toEqual([null, 100]);
    expect(gan.generator.outputs[0].shape).toEqual([null, 28, 28, 1]);
    expect(gan.discriminator.inputs[0].shape).toEqual([null, 28, 28, 1]);
    expect(gan.discriminator.outputs[0].shape).toEqual([null, 1]);
    gan.generator.dispose();
    gan.discriminator.dispose();
  });

  it('keeps the graph order of layers', () => {
    const gan = compileGan(dcganGraph());
    expect(gan.generator.layers.map((l) => l.getClassName())).toEqual([
      'InputLayer',
      'Dense',
      'BatchNormalization',
      'Activation',
      'Reshape',
      'Conv2DTranspose',
      'BatchNormalization',
      'Activation',
      'Conv2DTranspose',
      'Activation',
    ]);
    expect(gan.discriminator.layers.map((l) => l.getClassName())).toEqual([
      'InputLayer',
      'Conv2D',
      'LeakyReLU',
      'Conv2D',
      'LeakyReLU',
      'Flatten',
      'Dense',
      'Activation',
    ]);
    gan.generator.dispose();
    gan.discriminator.dispose();
  });

  it('builds the MLP GAN', () => {
    const gan = compileGan(mlpGan({ latent: 8, hidden: 16 }));
    // G: 8*16+16 + 16*784+784; D: 784*16+16 + 16+1
    expect(gan.generator.countParams()).toBe(144 + 13_328);
    expect(gan.discriminator.countParams()).toBe(12_560 + 17);
    gan.generator.dispose();
    gan.discriminator.dispose();
  });

  it('throws GraphHasErrors with the first message', () => {
    const graph = setParam(dcganGraph(), 'g_dense', 'units', -1);
    expect(() => compileGan(graph)).toThrow(GraphHasErrors);
    expect(() => compileGan(graph)).toThrow(
      'The graph cannot be compiled: Dense (g_dense): units must be between 1 and 65536, got -1.',
    );
  });
});
