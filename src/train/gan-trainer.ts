import * as tf from '@tensorflow/tfjs';
import type { CompiledGan } from '../compile/compile-gan';
import type { LiveSetting } from '../graph/live-edit';
import type { TrainingSettings } from '../schema/preset';
import { discriminatorLoss, meanRealProbability } from './losses';

/** Order of the values in the tensor that `step` returns. */
export const STEP_METRICS = ['discriminatorLoss', 'generatorLoss', 'realScore', 'fakeScore'] as const;

/** The fields of tfjs's AdamOptimizer that it reads at each step. */
interface AdamFields {
  learningRate: number;
  beta1: number;
}

const variablesOf = (model: tf.LayersModel) => model.trainableWeights.map((w) => w.read() as tf.Variable);

/**
 * Trains a compiled GAN one step at a time: a discriminator step on a real and a fake batch,
 * then a non-saturating generator step that maximizes log D(G(z)). Each optimizer updates only
 * its own network's trainable weights.
 *
 * NOTE: every forward pass in training mode also moves the batch-normalization mean and
 * variance of the network it runs through (as in Keras), so those non-trainable weights of G
 * change in the D step and D's in the G step.
 */
export class GanTrainer {
  readonly generator: tf.LayersModel;
  readonly discriminator: tf.LayersModel;
  private readonly generatorOptimizer: tf.Optimizer;
  private readonly discriminatorOptimizer: tf.Optimizer;
  private readonly outputKind: CompiledGan['structure']['outputKind'];
  private readonly latentSize: number;

  /**
   * @param gan the two models, which the trainer takes over and disposes
   * @param images every real image, `[count, height, width, channels]` in [-1, 1]; the caller keeps it
   */
  constructor(
    gan: CompiledGan,
    private readonly images: tf.Tensor4D,
    private readonly settings: TrainingSettings,
  ) {
    this.generator = gan.generator;
    this.discriminator = gan.discriminator;
    this.outputKind = gan.structure.outputKind;
    this.latentSize = gan.structure.latentSize;
    this.generatorOptimizer = tf.train.adam(settings.generatorLearningRate, settings.beta1);
    this.discriminatorOptimizer = tf.train.adam(settings.discriminatorLearningRate, settings.beta1);
  }

  /**
   * Runs one D step and one G step. Returns a tensor of the four STEP_METRICS, which the caller
   * reads back when it suits it and then disposes; nothing here waits for the device.
   */
  step(): tf.Tensor1D {
    return tf.tidy(() => {
      const discriminator = this.discriminatorStep();
      const generatorCost = this.generatorStep();
      return tf.stack([
        discriminator.cost,
        generatorCost,
        discriminator.realScore,
        discriminator.fakeScore,
      ]) as tf.Tensor1D;
    });
  }

  /**
   * Updates D on one real and one generated batch: minimizes BCE(D(x), 1) + BCE(D(G(z)), 0).
   * Returns the loss and the mean scores of both batches; the caller disposes them.
   */
  discriminatorStep(): { cost: tf.Scalar; realScore: tf.Scalar; fakeScore: tf.Scalar } {
    const batchSize = this.settings.batchSize;
    const indices = tf.randomUniform([batchSize], 0, this.images.shape[0], 'int32');
    const real = tf.gather(this.images, indices);
    const fake = this.generator.apply(this.noise(batchSize), { training: true }) as tf.Tensor;
    tf.dispose(indices);

    let realScore: tf.Scalar | undefined;
    let fakeScore: tf.Scalar | undefined;
    const cost = this.discriminatorOptimizer.minimize(
      () => {
        const realOutput = this.discriminator.apply(real, { training: true }) as tf.Tensor;
        const fakeOutput = this.discriminator.apply(fake, { training: true }) as tf.Tensor;
        // The optimizer disposes what its loss function made; these two are kept for the caller.
        realScore = tf.keep(meanRealProbability(realOutput, this.outputKind));
        fakeScore = tf.keep(meanRealProbability(fakeOutput, this.outputKind));
        return tf.add(
          discriminatorLoss(realOutput, 1, this.outputKind),
          discriminatorLoss(fakeOutput, 0, this.outputKind),
        ) as tf.Scalar;
      },
      true,
      variablesOf(this.discriminator),
    )!;
    // Kept tensors escape every tidy, so hand the caller ordinary copies instead.
    const scores = { realScore: realScore!.clone(), fakeScore: fakeScore!.clone() };
    tf.dispose([real, fake, realScore!, fakeScore!]);
    return { cost, ...scores };
  }

  /** Updates G to make D call its images real (the non-saturating loss BCE(D(G(z)), 1)). */
  generatorStep(): tf.Scalar {
    return this.generatorOptimizer.minimize(
      () => {
        const generated = this.generator.apply(this.noise(this.settings.batchSize), { training: true }) as tf.Tensor;
        const output = this.discriminator.apply(generated, { training: true }) as tf.Tensor;
        return discriminatorLoss(output, 1, this.outputKind);
      },
      true,
      variablesOf(this.generator),
    )!;
  }

  /**
   * Sets learning rates and Adam's beta1; the next step uses them. The moments gathered so far
   * are kept.
   *
   * NOTE: Adam's bias correction multiplies the beta1 of every step so far, so after a change
   * of beta1 it corrects with a product of old and new values rather than the new value's power.
   */
  setOptimizerSettings(settings: Partial<Pick<TrainingSettings, LiveSetting>>): void {
    // tfjs keeps these fields protected but reads them on every applyGradients call.
    const generator = this.generatorOptimizer as unknown as AdamFields;
    const discriminator = this.discriminatorOptimizer as unknown as AdamFields;
    if (settings.generatorLearningRate !== undefined) {
      generator.learningRate = settings.generatorLearningRate;
    }
    if (settings.discriminatorLearningRate !== undefined) {
      discriminator.learningRate = settings.discriminatorLearningRate;
    }
    if (settings.beta1 !== undefined) {
      generator.beta1 = settings.beta1;
      discriminator.beta1 = settings.beta1;
    }
  }

  /** Generates images from the given noise in inference mode. */
  generate(noise: tf.Tensor2D): tf.Tensor4D {
    return tf.tidy(() => this.generator.apply(noise, { training: false }) as tf.Tensor4D);
  }

  noise(count: number, seed?: number): tf.Tensor2D {
    return tf.randomNormal([count, this.latentSize], 0, 1, 'float32', seed);
  }

  /** Frees the models and optimizer state; the real images belong to the caller. */
  dispose(): void {
    this.generatorOptimizer.dispose();
    this.discriminatorOptimizer.dispose();
    this.generator.dispose();
    this.discriminator.dispose();
  }
}
