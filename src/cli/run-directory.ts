import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { encode } from 'fast-png';
import { MODEL_JSON_FILE, type ModelFiles } from '../export/model-files';
import type { SampleGrid, StepMetrics } from '../train/protocol';

/** The contents of summary.json, written when a run ends. */
export interface RunSummary {
  preset: string;
  outcome: 'finished' | 'failed';
  /** Steps run, counting the one that failed, if any. */
  steps: number;
  batchSize: number;
  backend: string;
  /** Wall-clock time of the training steps and the grids sampled between them, in seconds. */
  seconds: number;
  stepsPerSecond: number;
  /** Metrics of the last step with finite losses, or null when no step finished. */
  final: StepMetrics | null;
  /** The error that stopped training, when it failed. */
  error?: string;
}

export const METRICS_FILE = 'metrics.jsonl';
export const SUMMARY_FILE = 'summary.json';

/** Returns `samples-<step>.png`, the name of a sample grid file. */
export function samplesFileName(step: number): string {
  return `samples-${step}.png`;
}

/**
 * Returns the default output folder of a run, `runs/<preset file name>-<local date and time>`,
 * such as `runs/mlp-mnist-2025-06-01-14-05-09`.
 */
export function defaultRunDirectory(presetPath: string, date: Date): string {
  const name = basename(presetPath, extname(presetPath));
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}-${pad(date.getMinutes())}-${pad(date.getSeconds())}`;
  return join('runs', `${name}-${day}-${time}`);
}

/**
 * The output folder of one run. Creating it empties metrics.jsonl, and every other file is
 * overwritten when it is written.
 */
export class RunDirectory {
  constructor(readonly path: string) {
    mkdirSync(path, { recursive: true });
    writeFileSync(join(path, METRICS_FILE), '');
  }

  /** Appends one JSON line per step to metrics.jsonl. */
  appendMetrics(metrics: readonly StepMetrics[]): void {
    const lines = metrics.map((m) => `${JSON.stringify(m)}\n`).join('');
    appendFileSync(join(this.path, METRICS_FILE), lines);
  }

  /** Writes a sample grid as an 8-bit RGBA PNG and returns its path. */
  writeSamples(grid: SampleGrid): string {
    const { width, height, pixels } = grid;
    const png = encode({ width, height, data: pixels, channels: 4, depth: 8 });
    const path = join(this.path, samplesFileName(grid.step));
    writeFileSync(path, png);
    return path;
  }

  /** Writes a model as `<folder>/model.json` and its weights file. */
  writeModel(folder: string, files: ModelFiles): void {
    const dir = join(this.path, folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, MODEL_JSON_FILE), files.modelJson);
    writeFileSync(join(dir, files.weightsFileName), new Uint8Array(files.weights));
  }

  writeSummary(summary: RunSummary): void {
    writeFileSync(join(this.path, SUMMARY_FILE), `${JSON.stringify(summary, null, 2)}\n`);
  }
}
