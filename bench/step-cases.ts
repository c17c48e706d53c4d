import * as tf from '@tensorflow/tfjs';
import mlpPreset from '../presets/mlp-mnist.json';
import { compileGan } from '../src/compile/compile-gan';
import type { Graph } from '../src/schema/preset';
import { GanTrainer } from '../src/train/gan-trainer';
import { dcganGraph, smallDcganGraph } from '../test/support/graphs';
import {
  buildHandWrittenDcgan,
  buildHandWrittenMlpGan,
  createHandWrittenStep,
  DCGAN_PRESET_SIZES,
  SMALL_DCGAN_SIZES,
  type HandWrittenGan,
} from './hand-written-gan';

export type ModelName = 'dcgan' | 'smallDcgan' | 'mlp';

export const MODEL_TITLES: Record<ModelName, string> = {
  dcgan: 'DCGAN preset',
  smallDcgan: 'small DCGAN',
  mlp: 'MLP preset',
};

const GRAPHS: Record<ModelName, () => Graph> = {
  dcgan: dcganGraph,
  smallDcgan: smallDcganGraph,
  mlp: () => structuredClone({ nodes: mlpPreset.nodes, connections: mlpPreset.connections }) as Graph,
};

const HAND_WRITTEN: Record<ModelName, () => HandWrittenGan> = {
  dcgan: () => buildHandWrittenDcgan(DCGAN_PRESET_SIZES),
  smallDcgan: () => buildHandWrittenDcgan(SMALL_DCGAN_SIZES),
  mlp: () => buildHandWrittenMlpGan(),
};

/** Random stand-ins for MNIST, so that no dataset has to be loaded: 256 images in [-1, 1]. */
export function randomImages(): tf.Tensor4D {
  return tf.randomUniform([256, 28, 28, 1], -1, 1) as tf.Tensor4D;
}

/** Compiles one model's graph with Ganvas and wraps it in a GanTrainer. */
export function createCompiledTrainer(model: ModelName, images: tf.Tensor4D, batchSize: number): GanTrainer {
  const settings = {
    batchSize,
    generatorLearningRate: 0.0002,
    discriminatorLearningRate: 0.0002,
    beta1: 0.5,
    seed: 42,
  };
  return new GanTrainer(compileGan(GRAPHS[model]()), images, settings);
}

/** Builds the same model by hand with its own training step. */
export function createHandWritten(model: ModelName, images: tf.Tensor4D, batchSize: number) {
  return createHandWrittenStep(HAND_WRITTEN[model](), images, batchSize);
}

export function modelGraph(model: ModelName): Graph {
  return GRAPHS[model]();
}
