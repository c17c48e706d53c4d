import * as tf from '@tensorflow/tfjs';
import { layerName } from '../compile/layer-names';
import { summarizeActivations, type ActivationStats } from '../insight/activation-stats';

/** One network's probe: a model that shares the network's layers and outputs its activations. */
interface NetworkProbe {
  model: tf.LayersModel;
  nodeIds: string[];
  input: 'noise' | 'images';
}

/**
 * Reads the outputs of the Activation nodes of both networks, for the activation explorer.
 * The probe models share the trained layers, so they see the current weights and own nothing
 * that needs disposing.
 */
export class ActivationProbe {
  private readonly probes: NetworkProbe[];

  /**
   * @param activationIds - ids of the Activation nodes of each network. An id whose layer is not
   *   in the model, because its node leads to no output, is skipped.
   */
  constructor(
    generator: tf.LayersModel,
    discriminator: tf.LayersModel,
    activationIds: { generator: readonly string[]; discriminator: readonly string[] },
  ) {
    this.probes = [
      probeOf(generator, 'generator', activationIds.generator, 'noise'),
      probeOf(discriminator, 'discriminator', activationIds.discriminator, 'images'),
    ].filter((probe): probe is NetworkProbe => probe !== null);
  }

  get isEmpty(): boolean {
    return this.probes.length === 0;
  }

  /**
   * Runs both networks in inference mode, the generator on `noise` and the discriminator on
   * `realImages`, and summarizes each Activation node's output.
   */
  async measure(noise: tf.Tensor2D, realImages: tf.Tensor4D): Promise<Record<string, ActivationStats>> {
    const stats: Record<string, ActivationStats> = {};
    for (const probe of this.probes) {
      const input = probe.input === 'noise' ? noise : realImages;
      const outputs = tf.tidy(() => {
        const result = probe.model.predict(input);
        return Array.isArray(result) ? result : [result];
      });
      const values = await Promise.all(outputs.map((output) => output.data()));
      outputs.forEach((output) => output.dispose());
      probe.nodeIds.forEach((id, i) => {
        stats[id] = summarizeActivations(values[i], input.shape[0]);
      });
    }
    return stats;
  }
}

function probeOf(
  model: tf.LayersModel,
  network: string,
  ids: readonly string[],
  input: NetworkProbe['input'],
): NetworkProbe | null {
  const present = ids.filter((id) => model.layers.some((layer) => layer.name === layerName(network, id)));
  if (present.length === 0) return null;
  const outputs = present.map((id) => model.getLayer(layerName(network, id)).output as tf.SymbolicTensor);
  return {
    model: tf.model({ inputs: model.inputs, outputs, name: `${network}_activations` }),
    nodeIds: present,
    input,
  };
}
