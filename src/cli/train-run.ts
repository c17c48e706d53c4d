import * as tf from '@tensorflow/tfjs';
import { compileGan } from '../compile/compile-gan';
import { saveModelFiles } from '../export/model-files';
import type { GraphAnalysis } from '../graph/analyze';
import type { GanStructure } from '../graph/gan-structure';
import type { Preset } from '../schema/preset';
import { GanTrainer } from '../train/gan-trainer';
import { imagesFromBytes } from '../train/images';
import type { StepMetrics, TrainingEvent } from '../train/protocol';
import { TrainingSession } from '../train/training-session';
import { readDatasetBytes } from './dataset-bytes';
import type { RunDirectory, RunSummary } from './run-directory';

/** The tfjs backend of headless training, the only installed backend that runs in Node. */
export const CLI_BACKEND = 'cpu';

export interface TrainRunOptions {
  preset: Preset;
  /** Name of the preset in summary.json, usually its file path. */
  presetName: string;
  /** The preset's analysis without errors, from readPresetFile. */
  analysis: GraphAnalysis;
  gan: GanStructure;
  steps: number;
  /** Images per batch, in place of the preset's batch size. */
  batchSize: number;
  sampleEvery: number;
  directory: RunDirectory;
  /** Called once the dataset is loaded and the models are built, right before the first step. */
  onStart?: () => void;
  /** Called after each read-back of metrics with the latest step's metrics. */
  onMetrics?: (latest: StepMetrics, stepsPerSecond: number) => void;
}

/**
 * Trains a preset on the tfjs CPU backend and writes the run into its directory: each step's
 * metrics, a sample grid every `sampleEvery` steps and after the last one, the trained models
 * and the summary, which it also returns. When a loss stops being finite, training stops there
 * and no models are written. Throws when the dataset cannot be read.
 */
export async function trainPreset(options: TrainRunOptions): Promise<RunSummary> {
  const { preset, analysis, gan, directory } = options;
  await tf.setBackend(CLI_BACKEND);
  await tf.ready();

  const images = imagesFromBytes(await readDatasetBytes(gan.datasetName), gan.imageShape);
  const training = { ...preset.training, batchSize: options.batchSize };
  const trainer = new GanTrainer(compileGan(preset, analysis), images, training);

  let final: StepMetrics | null = null;
  let error: string | undefined;
  let lastSampleStep = 0;
  const onEvent = (event: TrainingEvent) => {
    if (event.type === 'metrics') {
      directory.appendMetrics(event.metrics);
      final = event.metrics[event.metrics.length - 1];
      options.onMetrics?.(final, event.stepsPerSecond);
    } else if (event.type === 'samples') {
      directory.writeSamples(event.grid);
      lastSampleStep = event.grid.step;
    } else if (event.type === 'error') {
      error = event.message;
    }
  };
  // Samples by step count only, so that a run writes the same files however fast it is.
  const session = new TrainingSession(trainer, onEvent, {
    sampleEvery: options.sampleEvery,
    sampleInterval: Number.POSITIVE_INFINITY,
    seed: preset.training.seed,
  });

  try {
    options.onStart?.();
    const start = performance.now();
    const outcome = await session.run(options.steps);
    const seconds = (performance.now() - start) / 1000;

    if (outcome !== 'failed') {
      if (lastSampleStep !== session.step) await session.emitSamples();
      directory.writeModel('generator', await saveModelFiles(trainer.generator));
      directory.writeModel('discriminator', await saveModelFiles(trainer.discriminator));
    }
    const summary: RunSummary = {
      preset: options.presetName,
      outcome: outcome === 'failed' ? 'failed' : 'finished',
      steps: session.step,
      batchSize: options.batchSize,
      backend: CLI_BACKEND,
      seconds,
      stepsPerSecond: session.step / seconds,
      final,
      ...(error !== undefined && { error }),
    };
    directory.writeSummary(summary);
    return summary;
  } finally {
    session.dispose();
    trainer.dispose();
    images.dispose();
  }
}
