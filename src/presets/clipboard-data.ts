import { DEFAULT_TRAINING, PRESET_FORMAT, PRESET_VERSION, type Graph } from '../schema/preset';
import { failure, type Failure } from '../schema/preset-error';
import { readPresetData } from '../schema/read-preset-data';
import { toPlainPreset } from './plain-preset';

/** The preset name that marks copied nodes, so a paste can tell them from a saved preset. */
export const CLIPBOARD_PRESET_NAME = 'Copied nodes';

/**
 * Writes copied nodes and their connections as the text of a preset file, so that the
 * clipboard contains the same format that Save writes and that Open and paste both read.
 */
export function writeClipboardText(graph: Graph): string {
  const preset = toPlainPreset({
    format: PRESET_FORMAT,
    version: PRESET_VERSION,
    name: CLIPBOARD_PRESET_NAME,
    description: '',
    training: DEFAULT_TRAINING,
    nodes: graph.nodes,
    connections: graph.connections,
  });
  return JSON.stringify(preset, null, 2);
}

/** The graph read from clipboard text, or why the text is not one. */
export type ClipboardGraph = { ok: true; graph: Graph } | Failure;

/**
 * Reads clipboard text as a preset of any version this build reads and returns its nodes and
 * connections. The text comes from outside the app, so it is checked as a file would be: the
 * JSON syntax, the preset schema, node types, parameters and ports. Never throws.
 */
export function readClipboardText(text: string): ClipboardGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return failure('invalid-json', 'The clipboard text is not JSON, so it holds no Ganvas nodes.');
  }
  const result = readPresetData(data);
  if (!result.ok) return result;
  return { ok: true, graph: { nodes: result.preset.nodes, connections: result.preset.connections } };
}
