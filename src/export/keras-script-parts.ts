/**
 * The parts of the exported Keras script that do not depend on the graph. They read the
 * constants that exportKerasScript writes above them (LATENT_SIZE, IMAGE_SHAPE, DATASET,
 * FROM_LOGITS, BATCH_SIZE_PER_REPLICA, the learning rates, BETA_1, SEED and the parameter
 * counts). The Python text contains no backslash, so it is written as plain template literals.
 */
import { TFJS_KERNEL_INITIALIZER } from './keras-layers';

/** Imports, with the backend fixed to TensorFlow because tf.distribute needs it. */
export const KERAS_IMPORTS = `import argparse
import os
import time

# tf.distribute works with the TensorFlow backend of Keras only.
os.environ["KERAS_BACKEND"] = "tensorflow"

import keras  # noqa: E402
import tensorflow as tf  # noqa: E402
from keras import layers  # noqa: E402

if int(keras.__version__.split(".")[0]) < 3:
    raise SystemExit(
        f"This script needs Keras 3 (TensorFlow 2.16 or later), not Keras {keras.__version__}."
    )`;

/** The kernel initializer that reproduces the tfjs default. */
export const KERAS_INITIALIZER = `# TensorFlow.js 4.22 initializes Dense and convolution kernels with glorotNormal: a normal
# distribution with standard deviation sqrt(1 / fan_avg), redrawn beyond two standard deviations.
# Keras's VarianceScaling sets the standard deviation after that truncation, which lowers it by
# this factor, so scale=FACTOR**2 gives the same distribution as tfjs.
TRUNCATED_NORMAL_STDDEV_FACTOR = 0.87962566103423978


def ${TFJS_KERNEL_INITIALIZER}():
    """Return a new kernel initializer that draws values as tfjs's default glorotNormal does.

    Each layer needs its own instance: an unseeded Keras 3 initializer returns the same values
    at every call.
    """
    return keras.initializers.VarianceScaling(
        scale=TRUNCATED_NORMAL_STDDEV_FACTOR**2, mode="fan_avg", distribution="truncated_normal"
    )`;

/** Data loading, sample grids, the parameter check and the distributed training loop. */
export const KERAS_TRAINING = `SAMPLE_COLUMNS = 4


def load_images():
    """Load the training images of DATASET, scaled from 0..255 to [-1, 1] as Ganvas does."""
    (images, _), _ = getattr(keras.datasets, DATASET).load_data()
    images = images.reshape((-1,) + IMAGE_SHAPE).astype("float32")
    return images / 127.5 - 1.0


def save_samples(generator, noise, path):
    """Write the generator's images for a fixed noise batch as one PNG grid."""
    images = generator(noise, training=False)
    height, width, channels = IMAGE_SHAPE
    rows = len(noise) // SAMPLE_COLUMNS
    grid = tf.reshape(images, (rows, SAMPLE_COLUMNS, height, width, channels))
    grid = tf.transpose(grid, (0, 2, 1, 3, 4))
    grid = tf.reshape(grid, (rows * height, SAMPLE_COLUMNS * width, channels))
    pixels = tf.cast(tf.clip_by_value((grid + 1.0) * 127.5, 0.0, 255.0), tf.uint8)
    tf.io.write_file(path, tf.io.encode_png(pixels))


def check_param_counts(generator, discriminator):
    """Raise when Keras counts other parameter totals than Ganvas did for the same graph."""
    for model, expected in ((generator, GENERATOR_PARAMS), (discriminator, DISCRIMINATOR_PARAMS)):
        counted = model.count_params()
        if counted != expected:
            raise RuntimeError(f"{model.name}: Keras counts {counted} parameters, Ganvas {expected}.")


def parse_args():
    parser = argparse.ArgumentParser(description="Train the GAN exported from Ganvas.")
    parser.add_argument("--steps", type=int, default=10000, help="training steps (default 10000)")
    parser.add_argument("--out", default="keras-run", help="output folder (default keras-run)")
    parser.add_argument(
        "--log-every", type=int, default=100, help="steps between log lines (default 100)"
    )
    parser.add_argument(
        "--sample-every", type=int, default=1000, help="steps between sample grids (default 1000)"
    )
    return parser.parse_args()


def main():
    args = parse_args()
    keras.utils.set_random_seed(SEED)
    os.makedirs(args.out, exist_ok=True)

    # Each replica trains on BATCH_SIZE_PER_REPLICA images, so that on one device a step is the
    # same as in Ganvas and batch normalization sees batches of the same size on every device.
    strategy = tf.distribute.MirroredStrategy()
    replicas = strategy.num_replicas_in_sync
    global_batch_size = BATCH_SIZE_PER_REPLICA * replicas
    print(f"Training on {replicas} replica(s), {global_batch_size} real images a step.")

    with strategy.scope():
        generator = build_generator()
        discriminator = build_discriminator()
        check_param_counts(generator, discriminator)
        # beta_2 and epsilon are the defaults of tf.train.adam in tfjs 4.22 (float32 backends).
        generator_optimizer = keras.optimizers.Adam(
            learning_rate=GENERATOR_LEARNING_RATE, beta_1=BETA_1, beta_2=0.999, epsilon=1e-7
        )
        discriminator_optimizer = keras.optimizers.Adam(
            learning_rate=DISCRIMINATOR_LEARNING_RATE, beta_1=BETA_1, beta_2=0.999, epsilon=1e-7
        )
        cross_entropy = keras.losses.BinaryCrossentropy(from_logits=FROM_LOGITS, reduction=None)

    # Ganvas draws each real batch at random with replacement; shuffled epochs are the usual
    # tf.data equivalent.
    images = load_images()
    dataset = (
        tf.data.Dataset.from_tensor_slices(images)
        .shuffle(len(images), seed=SEED)
        .repeat()
        .batch(global_batch_size, drop_remainder=True)
        .prefetch(tf.data.AUTOTUNE)
    )
    batches = iter(strategy.experimental_distribute_dataset(dataset))

    def mean_loss(outputs, labels):
        # Averaging over the global batch makes the sum over replicas the mean of the whole step.
        per_image = cross_entropy(labels, outputs)
        return tf.nn.compute_average_loss(per_image, global_batch_size=global_batch_size)

    def mean_real_probability(outputs):
        probabilities = tf.sigmoid(outputs) if FROM_LOGITS else outputs
        return tf.reduce_sum(probabilities) / global_batch_size

    def replica_step(real):
        batch_size = tf.shape(real)[0]

        # Discriminator step: minimize BCE(D(x), 1) + BCE(D(G(z)), 0).
        fake = generator(tf.random.normal((batch_size, LATENT_SIZE)), training=True)
        with tf.GradientTape() as tape:
            real_outputs = discriminator(real, training=True)
            fake_outputs = discriminator(fake, training=True)
            real_loss = mean_loss(real_outputs, tf.ones_like(real_outputs))
            fake_loss = mean_loss(fake_outputs, tf.zeros_like(fake_outputs))
            discriminator_loss = real_loss + fake_loss
        gradients = tape.gradient(discriminator_loss, discriminator.trainable_variables)
        discriminator_optimizer.apply_gradients(zip(gradients, discriminator.trainable_variables))

        # Generator step with the non-saturating loss BCE(D(G(z)), 1).
        with tf.GradientTape() as tape:
            generated_outputs = discriminator(
                generator(tf.random.normal((batch_size, LATENT_SIZE)), training=True), training=True
            )
            generator_loss = mean_loss(generated_outputs, tf.ones_like(generated_outputs))
        gradients = tape.gradient(generator_loss, generator.trainable_variables)
        generator_optimizer.apply_gradients(zip(gradients, generator.trainable_variables))

        return (
            discriminator_loss,
            generator_loss,
            mean_real_probability(real_outputs),
            mean_real_probability(fake_outputs),
        )

    @tf.function
    def train_step(real):
        results = strategy.run(replica_step, args=(real,))
        return [strategy.reduce(tf.distribute.ReduceOp.SUM, value, axis=None) for value in results]

    fixed_noise = tf.random.normal((SAMPLE_COLUMNS * SAMPLE_COLUMNS, LATENT_SIZE), seed=SEED)
    start = time.perf_counter()
    for step in range(1, args.steps + 1):
        discriminator_loss, generator_loss, real_score, fake_score = train_step(next(batches))
        if step % args.log_every == 0 or step == args.steps:
            rate = step / (time.perf_counter() - start)
            losses = f"D loss {float(discriminator_loss):.4f}, G loss {float(generator_loss):.4f}"
            scores = f"D(x) {float(real_score):.3f}, D(G(z)) {float(fake_score):.3f}"
            print(f"step {step}: {losses}, {scores}, {rate:.1f} steps/s")
        if step % args.sample_every == 0 or step == args.steps:
            save_samples(generator, fixed_noise, os.path.join(args.out, f"samples-{step}.png"))

    generator.save(os.path.join(args.out, "generator.keras"))
    discriminator.save(os.path.join(args.out, "discriminator.keras"))
    print(f"Wrote the models and sample grids to {args.out}.")


if __name__ == "__main__":
    main()`;
