import { z } from 'zod';

/** Version of the preset format this build writes. */
export const PRESET_VERSION = 1;

export const nodeSchema = z.object({
  id: z.string().min(1).max(64),
  type: z.string().min(1).max(64),
  label: z.string().max(200).optional(),
  params: z.record(z.string(), z.unknown()).default({}),
  position: z.object({ x: z.number(), y: z.number() }).default({ x: 0, y: 0 }),
});

export const connectionSchema = z.object({
  source: z.string(),
  sourceOutput: z.string(),
  target: z.string(),
  targetInput: z.string(),
});

export const trainingSchema = z.object({
  batchSize: z.number().int().min(1).max(1024).default(32),
  generatorLearningRate: z.number().gt(0).max(1).default(2e-4),
  discriminatorLearningRate: z.number().gt(0).max(1).default(2e-4),
  beta1: z.number().min(0).lt(1).default(0.5),
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(42),
});

export const graphSchema = z.object({
  nodes: z.array(nodeSchema).max(2000),
  connections: z.array(connectionSchema).max(8000),
});

export const presetSchema = graphSchema.extend({
  format: z.literal('ganvas-preset'),
  version: z.literal(PRESET_VERSION),
  name: z.string().max(200),
  description: z.string().max(2000).default(''),
  training: trainingSchema.default(trainingSchema.parse({})),
  notes: z.string().max(20000).optional(),
});

export type GraphNode = z.infer<typeof nodeSchema>;
export type GraphConnection = z.infer<typeof connectionSchema>;
export type Graph = z.infer<typeof graphSchema>;
export type TrainingSettings = z.infer<typeof trainingSchema>;
export type Preset = z.infer<typeof presetSchema>;

export const DEFAULT_TRAINING: TrainingSettings = trainingSchema.parse({});
