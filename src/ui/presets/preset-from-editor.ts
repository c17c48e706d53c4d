import { PRESET_FORMAT, PRESET_VERSION, type Preset, type TrainingSettings } from '../../schema/preset';
import type { GanvasEditor } from '../editor/create-editor';

/** The parts of a preset that the editor does not show: its name, description and notes. */
export interface PresetInfo {
  name: string;
  description: string;
  notes?: string;
}

/** Takes the name, description and notes of a preset, to keep them when the graph is saved. */
export function presetInfoOf(preset: Preset): PresetInfo {
  const { name, description, notes } = preset;
  return { name, description, ...(notes !== undefined && { notes }) };
}

/** Builds a preset from the graph and viewport of `editor`, the training settings and `info`. */
export function presetFromEditor(
  editor: GanvasEditor,
  training: TrainingSettings,
  info: PresetInfo,
): Preset {
  const { x, y, k } = editor.area.area.transform;
  return {
    format: PRESET_FORMAT,
    version: PRESET_VERSION,
    ...info,
    ...editor.exportGraph(),
    training: { ...training },
    view: { x, y, zoom: k },
  };
}
