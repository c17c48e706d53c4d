import type { InputSocketKind, OutputSocketKind } from './types';

/** Every output socket kind. */
export const OUTPUT_SOCKET_KINDS: readonly OutputSocketKind[] = ['noise', 'dataset', 'image', 'feature'];

/** Every input socket kind. */
export const INPUT_SOCKET_KINDS: readonly InputSocketKind[] = ['tensor', 'feature'];

/**
 * The output kinds each input kind takes. A layer takes any tensor, so it can start the
 * generator (noise), start the discriminator (real and generated images) or follow another
 * layer. The two output nodes take only a layer's output, because a network needs at least one
 * layer between its input and its end. The editor and the analyzer both read this table.
 */
export const SOCKET_ACCEPTS: Readonly<Record<InputSocketKind, readonly OutputSocketKind[]>> = {
  tensor: ['noise', 'dataset', 'image', 'feature'],
  feature: ['feature'],
};

/** Output kinds that may share one input: real and generated images meet at D's first layer. */
export const IMAGE_SOCKET_KINDS: readonly OutputSocketKind[] = ['dataset', 'image'];

/** English names of output kinds, with an article, for the analyzer's messages. */
export const OUTPUT_SOCKET_NAMES: Readonly<Record<OutputSocketKind, string>> = {
  noise: 'a noise vector',
  dataset: 'a dataset of real images',
  image: 'an image tensor',
  feature: 'a feature tensor',
};

/** English names of what input kinds take, for the analyzer's messages. */
export const INPUT_SOCKET_NAMES: Readonly<Record<InputSocketKind, string>> = {
  tensor: 'any tensor',
  feature: 'only a feature tensor from a layer',
};

/** Russian names of output kinds, for the analyzer's messages. */
export const OUTPUT_SOCKET_NAMES_RU: Readonly<Record<OutputSocketKind, string>> = {
  noise: 'вектор шума',
  dataset: 'набор настоящих изображений',
  image: 'тензор изображений',
  feature: 'тензор признаков',
};

/** Russian names of what input kinds take, for the analyzer's messages. */
export const INPUT_SOCKET_NAMES_RU: Readonly<Record<InputSocketKind, string>> = {
  tensor: 'любой тензор',
  feature: 'только тензор признаков от слоя',
};

/** Returns true when an output of kind `output` may connect to an input of kind `input`. */
export function acceptsSocket(input: InputSocketKind, output: OutputSocketKind): boolean {
  return SOCKET_ACCEPTS[input].includes(output);
}
