import { readFileSync } from 'node:fs';
import { analyzeGraph, type GraphAnalysis } from '../graph/analyze';
import type { GanStructure } from '../graph/gan-structure';
import { parsePreset } from '../presets/preset-file';
import type { Preset } from '../schema/preset';

export type PresetFileResult =
  | { ok: true; preset: Preset; analysis: GraphAnalysis; gan: GanStructure }
  | { ok: false; message: string };

/**
 * Reads a preset file of any version this build reads, validates it and analyzes its graph.
 * Every failure (missing file, invalid JSON, invalid preset, graph errors) comes back as a
 * message that names the file. Never throws.
 */
export function readPresetFile(path: string): PresetFileResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT') return { ok: false, message: `Preset file not found: ${path}` };
    if (code === 'EISDIR') return { ok: false, message: `${path} is a folder, not a preset file.` };
    return { ok: false, message: `Failed to read the preset file ${path}: ${message}` };
  }

  const parsed = parsePreset(text);
  if (!parsed.ok) return { ok: false, message: `${path}: ${parsed.error.message}` };

  const analysis = analyzeGraph(parsed.preset);
  if (!analysis.gan) return { ok: false, message: describeGraphErrors(path, analysis) };
  return { ok: true, preset: parsed.preset, analysis, gan: analysis.gan };
}

/** Lists a graph's errors one a line, each with the id of the node it is on. */
export function describeGraphErrors(path: string, analysis: GraphAnalysis): string {
  const count = analysis.errors.length;
  // Only a change to analyzeGraph could return no GAN without errors.
  if (count === 0) return `${path}: the graph is not a complete GAN.`;

  const heading = `${path}: the graph has ${count === 1 ? '1 error' : `${count} errors`}:`;
  const lines = analysis.errors.map((error) =>
    error.nodeId === null ? `  - ${error.message}` : `  - node ${error.nodeId}: ${error.message}`,
  );
  return [heading, ...lines].join('\n');
}
