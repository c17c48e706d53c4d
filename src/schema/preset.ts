import { z } from 'zod';

/** Version of the preset format this build writes; files of older versions are migrated to it. */
export const PRESET_VERSION = 2;

/** The value of the `format` field that marks a JSON file as a Ganvas preset. */
export const PRESET_FORMAT = 'ganvas-preset';

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

/** The editor viewport: the translation of the canvas in screen pixels, and its zoom factor. */
export const viewSchema = z.object({
  x: z.number(),
  y: z.number(),
  zoom: z.number().positive(),
});

export const graphSchema = z.object({
  nodes: z.array(nodeSchema).max(2000),
  connections: z.array(connectionSchema).max(8000),
});

/** Version 1: the graph, its name and description, training settings and free-form notes. */
export const presetV1Schema = graphSchema.extend({
  format: z.literal(PRESET_FORMAT),
  version: z.literal(1),
  name: z.string().max(200),
  description: z.string().max(2000).default(''),
  training: trainingSchema.default(trainingSchema.parse({})),
  notes: z.string().max(20000).optional(),
});

/** Version 2 adds the editor viewport, so that a shared preset opens at the same view. */
export const presetV2Schema = presetV1Schema.extend({
  version: z.literal(2),
  view: viewSchema.optional(),
});

/** The schema of the version this build writes. */
export const presetSchema = presetV2Schema;

export type GraphNode = z.infer<typeof nodeSchema>;
export type GraphConnection = z.infer<typeof connectionSchema>;
export type Graph = z.infer<typeof graphSchema>;
export type TrainingSettings = z.infer<typeof trainingSchema>;
export type EditorView = z.infer<typeof viewSchema>;
export type PresetV1 = z.infer<typeof presetV1Schema>;
export type PresetV2 = z.infer<typeof presetV2Schema>;
export type Preset = PresetV2;

export const DEFAULT_TRAINING: TrainingSettings = trainingSchema.parse({});
