import type * as tf from '@tensorflow/tfjs';
import { layerName } from '../compile/layer-names';
import { classifyEdit, type EditClass, type TrainingSetup } from '../graph/live-edit';
import type { GanTrainer } from './gan-trainer';
import type { LiveEditResult } from './protocol';

/**
 * Applies the live values of `setup` to a run's trainer and makes `setup` the run's own, or
 * leaves both as they were when the edit needs new models or has an invalid value.
 */
export function updateRunLive(
  run: { trainer: GanTrainer; setup: TrainingSetup },
  setup: TrainingSetup,
): Exclude<LiveEditResult, 'pending' | 'no-run'> {
  const edit = classifyEdit(run.setup, setup);
  if (edit.kind === 'structural' || edit.kind === 'invalid') return edit.kind;
  if (edit.kind === 'live') applyLiveEdit(run.trainer, edit);
  run.setup = setup;
  return 'applied';
}

/** The fields of tfjs layers that LIVE_PARAMS changes, which tfjs reads on every call. */
type LiveLayerFields = { alpha?: number; rate?: number };

/**
 * Applies a live edit to a trainer's models and optimizers, so that the next step uses the new
 * values. A parameter of a layer that takes no such value (the slope of a ReLU, for example)
 * changes nothing.
 */
export function applyLiveEdit(trainer: GanTrainer, edit: Extract<EditClass, { kind: 'live' }>): void {
  for (const change of edit.params) {
    const layer = findLayer(trainer, change.nodeId) as (tf.layers.Layer & LiveLayerFields) | null;
    if (!layer) continue;
    const className = layer.getClassName();
    if (change.param === 'alpha' && className === 'LeakyReLU') layer.alpha = change.value;
    // tfjs's Dropout constructor clamps the rate to [0, 1]; the node's range is within it.
    if (change.param === 'rate' && className === 'Dropout') layer.rate = change.value;
  }
  trainer.setOptimizerSettings(edit.settings);
}

/** Finds the layer built for a node in either network, or null when the node built none. */
function findLayer(trainer: GanTrainer, nodeId: string): tf.layers.Layer | null {
  for (const model of [trainer.generator, trainer.discriminator]) {
    const name = layerName(model.name, nodeId);
    const layer = model.layers.find((l) => l.name === name);
    if (layer) return layer;
  }
  return null;
}
