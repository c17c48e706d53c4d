import * as tf from '@tensorflow/tfjs';

/** Sizes of the DCGAN preset's layers; the defaults are those of presets/dcgan-mnist.json. */
export interface DcganSizes {
  latent: number;
  /** Channels of the 7 × 7 feature map that the generator's dense layer is reshaped to. */
  baseChannels: number;
  deconvFilters: number;
  conv1Filters: number;
  conv2Filters: number;
  kernelSize: number;
}

export const DCGAN_PRESET_SIZES: DcganSizes = {
  latent: 100,
  baseChannels: 128,
  deconvFilters: 64,
  conv1Filters: 64,
  conv2Filters: 128,
  kernelSize: 5,
};

/** The sizes of smallDcganGraph() in test/support/graphs.ts. */
export const SMALL_DCGAN_SIZES: DcganSizes = {
  latent: 8,
  baseChannels: 4,
  deconvFilters: 4,
  conv1Filters: 4,
  conv2Filters: 4,
  kernelSize: 3,
};

/** A generator and a discriminator built directly with tf.sequential. */
export interface HandWrittenGan {
  generator: tf.Sequential;
  discriminator: tf.Sequential;
  latent: number;
}

/** Builds the DCGAN preset's two networks layer by layer, without the Ganvas compiler. */
export function buildHandWrittenDcgan(sizes: DcganSizes): HandWrittenGan {
  const { latent, baseChannels, deconvFilters, kernelSize } = sizes;
  const generator = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [latent], units: 7 * 7 * baseChannels }),
      tf.layers.batchNormalization({ momentum: 0.9, epsilon: 0.001 }),
      tf.layers.activation({ activation: 'relu' }),
      tf.layers.reshape({ targetShape: [7, 7, baseChannels] }),
      tf.layers.conv2dTranspose({ filters: deconvFilters, kernelSize, strides: 2, padding: 'same' }),
      tf.layers.batchNormalization({ momentum: 0.9, epsilon: 0.001 }),
      tf.layers.activation({ activation: 'relu' }),
      tf.layers.conv2dTranspose({ filters: 1, kernelSize, strides: 2, padding: 'same' }),
      tf.layers.activation({ activation: 'tanh' }),
    ],
  });
  const discriminator = tf.sequential({
    layers: [
      tf.layers.conv2d({
        inputShape: [28, 28, 1],
        filters: sizes.conv1Filters,
        kernelSize,
        strides: 2,
        padding: 'same',
      }),
      tf.layers.leakyReLU({ alpha: 0.2 }),
      tf.layers.conv2d({ filters: sizes.conv2Filters, kernelSize, strides: 2, padding: 'same' }),
      tf.layers.leakyReLU({ alpha: 0.2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 1, activation: 'sigmoid' }),
    ],
  });
  return { generator, discriminator, latent };
}

/** Builds the networks of presets/mlp-mnist.json (latent 64, hidden 256) with tf.sequential. */
export function buildHandWrittenMlpGan(latent = 64, hidden = 256): HandWrittenGan {
  const generator = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [latent], units: hidden }),
      tf.layers.leakyReLU({ alpha: 0.2 }),
      tf.layers.dense({ units: 784, activation: 'tanh' }),
      tf.layers.reshape({ targetShape: [28, 28, 1] }),
    ],
  });
  const discriminator = tf.sequential({
    layers: [
      tf.layers.flatten({ inputShape: [28, 28, 1] }),
      tf.layers.dense({ units: hidden }),
      tf.layers.leakyReLU({ alpha: 0.2 }),
      tf.layers.dense({ units: 1, activation: 'sigmoid' }),
    ],
  });
  return { generator, discriminator, latent };
}

function crossEntropy(probabilities: tf.Tensor, label: 0 | 1): tf.Scalar {
  const p = tf.clipByValue(probabilities, 1e-7, 1 - 1e-7);
  return tf.neg(tf.mean(label === 1 ? tf.log(p) : tf.log(tf.sub(1, p)))) as tf.Scalar;
}

function trainableVariables(model: tf.LayersModel): tf.Variable[] {
  return model.trainableWeights.map((weight) => weight.read() as tf.Variable);
}

/**
 * Creates an alternating GAN step written in plain tfjs: Adam on D with a real and a generated
 * batch, then Adam on G with the non-saturating loss. Each call returns both losses as one
 * tensor, which the caller disposes, like GanTrainer.step().
 */
export function createHandWrittenStep(
  gan: HandWrittenGan,
  images: tf.Tensor4D,
  batchSize: number,
  learningRate = 0.0002,
): { step: () => tf.Tensor1D; dispose: () => void } {
  const discriminatorOptimizer = tf.train.adam(learningRate, 0.5);
  const generatorOptimizer = tf.train.adam(learningRate, 0.5);
  const discriminatorVariables = trainableVariables(gan.discriminator);
  const generatorVariables = trainableVariables(gan.generator);
  const noise = () => tf.randomNormal([batchSize, gan.latent]);

  const step = () =>
    tf.tidy(() => {
      const indices = tf.randomUniform([batchSize], 0, images.shape[0], 'int32');
      const real = tf.gather(images, indices);
      const fake = gan.generator.apply(noise(), { training: true }) as tf.Tensor;
      const discriminatorCost = discriminatorOptimizer.minimize(
        () => {
          const realOutput = gan.discriminator.apply(real, { training: true }) as tf.Tensor;
          const fakeOutput = gan.discriminator.apply(fake, { training: true }) as tf.Tensor;
          return tf.add(crossEntropy(realOutput, 1), crossEntropy(fakeOutput, 0)) as tf.Scalar;
        },
        true,
        discriminatorVariables,
      )!;
      const generatorCost = generatorOptimizer.minimize(
        () => {
          const generated = gan.generator.apply(noise(), { training: true }) as tf.Tensor;
          return crossEntropy(gan.discriminator.apply(generated, { training: true }) as tf.Tensor, 1);
        },
        true,
        generatorVariables,
      )!;
      return tf.stack([discriminatorCost, generatorCost]) as tf.Tensor1D;
    });

  const dispose = () => {
    discriminatorOptimizer.dispose();
    generatorOptimizer.dispose();
    gan.generator.dispose();
    gan.discriminator.dispose();
  };
  return { step, dispose };
}
