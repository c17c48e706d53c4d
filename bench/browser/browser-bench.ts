import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { measureBackends } from '../../src/train/backend-choice';
import { createStepTimer } from '../../src/train/backend-timer';
import { measureCompilerOverhead, measureLeaks } from '../figures';
import type { CompareOptions } from '../measure';
import { modelGraph, type ModelName } from '../step-cases';
import { DEFAULT_TRAINING } from '../../src/schema/preset';
import type { BackendName } from '../../src/train/protocol';

async function useBackend(backend: BackendName): Promise<void> {
  if (!(await tf.setBackend(backend))) throw new Error(`backend ${backend} is not available in this browser`);
  await tf.ready();
}

/** The functions bench/run.ts calls in the page through page.evaluate. */
const ganvasBench = {
  async overhead(backend: BackendName, model: ModelName, batchSize: number, options: CompareOptions) {
    await useBackend(backend);
    return measureCompilerOverhead(model, batchSize, options);
  },
  async leaks(backend: BackendName, model: ModelName, batchSize: number, steps: number) {
    await useBackend(backend);
    return measureLeaks(model, batchSize, steps);
  },
  /** Runs the worker's backend measurement on the main thread and returns its choice. */
  async chooseBackend(model: ModelName, batchSize: number) {
    const timer = createStepTimer(modelGraph(model), { ...DEFAULT_TRAINING, batchSize });
    return measureBackends(timer, batchSize);
  },
};

declare global {
  interface Window {
    ganvasBench: typeof ganvasBench;
  }
}

window.ganvasBench = ganvasBench;
