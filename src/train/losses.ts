import * as tf from '@tensorflow/tfjs';
import type { DiscriminatorOutputKind } from '../graph/gan-structure';

/** Probabilities are clipped to [EPSILON, 1 - EPSILON] so that log never receives 0, as in Keras. */
const EPSILON = 1e-7;

/** Elementwise binary cross-entropy of probabilities: -(y log p + (1 - y) log(1 - p)). */
export function binaryCrossEntropy(labels: tf.Tensor, probabilities: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const p = tf.clipByValue(probabilities, EPSILON, 1 - EPSILON);
    const positive = tf.mul(labels, tf.log(p));
    const negative = tf.mul(tf.sub(1, labels), tf.log(tf.sub(1, p)));
    return tf.neg(tf.add(positive, negative));
  });
}

/**
 * Elementwise sigmoid cross-entropy of logits, in the overflow-free form
 * max(x, 0) - x y + log(1 + exp(-|x|)).
 */
export function sigmoidCrossEntropy(labels: tf.Tensor, logits: tf.Tensor): tf.Tensor {
  return tf.tidy(() =>
    tf.add(tf.sub(tf.relu(logits), tf.mul(logits, labels)), tf.log1p(tf.exp(tf.neg(tf.abs(logits))))),
  );
}

/**
 * Mean loss of D's output against a constant label (1 for real, 0 for fake). With the label
 * fixed, binary cross-entropy is -log(p) or -log(1 - p), and sigmoid cross-entropy is
 * softplus(-x) or softplus(x), written as relu(∓x) + log(1 + exp(-|x|)). This takes half the
 * operations of the general forms, which matters where each operation is a GPU dispatch.
 */
export function discriminatorLoss(output: tf.Tensor, label: 0 | 1, kind: DiscriminatorOutputKind): tf.Scalar {
  return tf.tidy((): tf.Scalar => {
    if (kind === 'probabilities') {
      const p = tf.clipByValue(output, EPSILON, 1 - EPSILON);
      return tf.neg(tf.mean(tf.log(label === 1 ? p : tf.sub(1, p)))) as tf.Scalar;
    }
    const margin = tf.relu(label === 1 ? tf.neg(output) : output);
    return tf.mean(tf.add(margin, tf.log1p(tf.exp(tf.neg(tf.abs(output)))))) as tf.Scalar;
  });
}

/** Mean probability D assigns to its inputs being real. */
export function meanRealProbability(output: tf.Tensor, kind: DiscriminatorOutputKind): tf.Scalar {
  return tf.tidy(() => tf.mean(kind === 'probabilities' ? output : tf.sigmoid(output)));
}
