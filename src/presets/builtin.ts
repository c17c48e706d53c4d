import dcganFashionMnist from '../../presets/dcgan-fashion-mnist.json';
import dcganMnist from '../../presets/dcgan-mnist.json';
import leakyReluGenerator from '../../presets/leaky-relu-generator.json';
import mlpMnist from '../../presets/mlp-mnist.json';
import reluGenerator from '../../presets/relu-generator.json';
import type { Preset } from '../schema/preset';
import { readPresetData } from '../schema/read-preset-data';

/** A preset that ships with Ganvas, for the preset picker. */
export interface BuiltinPreset {
  /** The file name in presets/ without `.json`, e.g. `dcgan-mnist`. */
  id: string;
  name: string;
  /** One line for the picker. */
  description: string;
  /** The validated preset. Shared by every caller, so copy it before changing it. */
  preset: Preset;
}

/** Id of the preset that opens when there is nothing else to open. */
export const DEFAULT_PRESET_ID = 'dcgan-mnist';

const FILES: ReadonlyArray<readonly [id: string, data: unknown]> = [
  [DEFAULT_PRESET_ID, dcganMnist],
  ['mlp-mnist', mlpMnist],
  ['dcgan-fashion-mnist', dcganFashionMnist],
  ['relu-generator', reluGenerator],
  ['leaky-relu-generator', leakyReluGenerator],
];

/** The built-in presets in picker order, the default first. Importing throws if one is invalid. */
export const BUILTIN_PRESETS: readonly BuiltinPreset[] = FILES.map(([id, data]) => {
  const result = readPresetData(data);
  if (!result.ok) throw new Error(`built-in preset ${id} is invalid: ${result.error.message}`);
  const { preset } = result;
  return { id, name: preset.name, description: preset.description, preset };
});
