import { activation } from './activation';
import { batchNormalization } from './batch-normalization';
import { conv2d } from './conv2d';
import { conv2dTranspose } from './conv2d-transpose';
import { dense } from './dense';
import { dropout } from './dropout';
import { flatten } from './flatten';
import { discriminatorOutput, generatorOutput } from './gan-outputs';
import { imageDataset } from './image-dataset';
import { latentNoise } from './latent-noise';
import { reshape } from './reshape';
import type { NodeType, ParamValue, ParamValues } from './types';

/** Every node type, in palette order. */
export const NODE_TYPES: readonly NodeType[] = [
  latentNoise,
  imageDataset,
  dense,
  reshape,
  flatten,
  conv2dTranspose,
  conv2d,
  batchNormalization,
  dropout,
  activation,
  generatorOutput,
  discriminatorOutput,
] as unknown as readonly NodeType[];

const byType = new Map(NODE_TYPES.map((t) => [t.type, t]));

export function findNodeType(type: string): NodeType | undefined {
  return byType.get(type);
}

export function getNodeType(type: string): NodeType {
  const nodeType = byType.get(type);
  if (!nodeType) throw new Error(`unknown node type ${type}`);
  return nodeType;
}

export function defaultParams(nodeType: NodeType): ParamValues {
  const values: Record<string, ParamValue> = {};
  for (const [name, spec] of Object.entries(nodeType.params)) values[name] = spec.default;
  return values;
}

export * from './types';
export { DATASETS, type DatasetName } from './image-dataset';
export { ACTIVATIONS } from './activation';
export { explainOutputShape } from './explain';
export { localizeNodeType, type LocalizedNodeType } from './localize';
