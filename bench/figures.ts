import * as tf from '@tensorflow/tfjs';
import { TrainingSession } from '../src/train/training-session';
import { compareInterleaved, tensorBlock, type CompareOptions, type Comparison } from './measure';
import { createCompiledTrainer, createHandWritten, randomImages, type ModelName } from './step-cases';

/**
 * Compares the step time of a Ganvas-compiled GAN (A) with the same networks and step written
 * by hand in tfjs (B) on the current backend.
 */
export async function measureCompilerOverhead(
  model: ModelName,
  batchSize: number,
  options: CompareOptions,
): Promise<Comparison> {
  const images = randomImages();
  const trainer = createCompiledTrainer(model, images, batchSize);
  const handWritten = createHandWritten(model, images, batchSize);
  try {
    return await compareInterleaved(tensorBlock(() => trainer.step()), tensorBlock(handWritten.step), options);
  } finally {
    trainer.dispose();
    handWritten.dispose();
    images.dispose();
  }
}

/**
 * Compares a TrainingSession with its default metric read-back and sample grids (A) with bare
 * GanTrainer steps that read nothing back until the block ends (B), on one trainer.
 */
export async function measureSessionCost(
  model: ModelName,
  batchSize: number,
  options: CompareOptions,
): Promise<Comparison> {
  const images = randomImages();
  const trainer = createCompiledTrainer(model, images, batchSize);
  const session = new TrainingSession(trainer, () => {});
  try {
    return await compareInterleaved(
      async (steps) => {
        await session.run(session.step + steps);
      },
      tensorBlock(() => trainer.step()),
      options,
    );
  } finally {
    session.dispose();
    trainer.dispose();
    images.dispose();
  }
}

/** Change per step of tfjs memory counters, measured between step 10 and the last step. */
export interface LeakFigures {
  steps: number;
  tensorsPerStep: number;
  bytesPerStep: number;
  /**
   * Change of `numBytesInGPU`, the bytes of GPU buffers in use, which tfjs 4.22 reports on the
   * WebGPU backend only; null elsewhere.
   */
  gpuBytesPerStep: number | null;
}

type MemoryInfo = tf.MemoryInfo & { numBytesInGPU?: number };

/** Runs `steps` steps of a TrainingSession (read-back and sample grids included) and counts what stays allocated. */
export async function measureLeaks(model: ModelName, batchSize: number, steps: number): Promise<LeakFigures> {
  const images = randomImages();
  const trainer = createCompiledTrainer(model, images, batchSize);
  const session = new TrainingSession(trainer, () => {});
  try {
    // The first steps create optimizer slots and cached kernels, which are meant to stay.
    await session.run(10);
    const before = tf.memory() as MemoryInfo;
    await session.run(steps);
    const after = tf.memory() as MemoryInfo;
    const counted = steps - 10;
    const gpuBefore = before.numBytesInGPU;
    const gpuAfter = after.numBytesInGPU;
    return {
      steps,
      tensorsPerStep: (after.numTensors - before.numTensors) / counted,
      bytesPerStep: (after.numBytes - before.numBytes) / counted,
      gpuBytesPerStep:
        gpuBefore === undefined || gpuAfter === undefined ? null : (gpuAfter - gpuBefore) / counted,
    };
  } finally {
    session.dispose();
    trainer.dispose();
    images.dispose();
  }
}
