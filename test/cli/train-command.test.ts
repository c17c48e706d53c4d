import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { decode, hasPngSignature } from 'fast-png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRate } from '../../src/cli/train-command';
import { compileGan } from '../../src/compile/compile-gan';
import { loadModelFiles } from '../../src/export/model-files';
import { parsePreset } from '../../src/presets/preset-file';

const repoRoot = join(import.meta.dirname, '..', '..');
const mlpPresetPath = join(repoRoot, 'presets', 'mlp-mnist.json');

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npx tsx scripts/train.ts` from the repository root, as `npm run train` does. */
function runCli(args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/train.ts', ...args], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let tempDir: string;

beforeAll(async () => {
  await tf.setBackend('cpu');
  tempDir = mkdtempSync(join(tmpdir(), 'ganvas-cli-'));
});

afterAll(() => {
  rmSync(tempDir, { recursive: true, force: true });
});

describe('formatRate', () => {
  it.for([
    [2.84, '2.84 steps/s'],
    [1, '1.00 steps/s'],
    [0.5, '2.00 s/step'],
    [1 / 147.1, '147.10 s/step'],
  ] as const)('formats %d steps/s as %s', ([stepsPerSecond, text]) => {
    expect(formatRate(stepsPerSecond)).toBe(text);
  });
});

describe('npm run train on the MLP preset', () => {
  let outDir: string;
  let result: CliResult;

  beforeAll(async () => {
    outDir = join(tempDir, 'run');
    result = await runCli([mlpPresetPath, '--steps', '3', '--out', outDir, '--batch-size', '8']);
  });

  const readJson = (file: string) => JSON.parse(readFileSync(join(outDir, file), 'utf8'));

  it('exits with 0', () => {
    expect(result.stderr).not.toContain('failed');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Trained mlp-mnist.json for 3 steps');
  });

  it('writes one metrics line per step with finite losses', () => {
    const lines = readFileSync(join(outDir, 'metrics.jsonl'), 'utf8').trim().split('\n');
    const metrics = lines.map((line) => JSON.parse(line));

    expect(metrics.map((m) => m.step)).toEqual([1, 2, 3]);
    for (const m of metrics) {
      expect(Number.isFinite(m.discriminatorLoss)).toBe(true);
      expect(Number.isFinite(m.generatorLoss)).toBe(true);
      expect(m.realScore).toBeGreaterThanOrEqual(0);
      expect(m.fakeScore).toBeLessThanOrEqual(1);
    }
  });

  it('writes a PNG sample grid of the last step', () => {
    const png = readFileSync(join(outDir, 'samples-3.png'));
    const image = decode(png);

    expect(hasPngSignature(png)).toBe(true);
    // 16 samples in 4 columns of 28-pixel images with 2-pixel gaps: 4 * 28 + 3 * 2.
    expect(image.width).toBe(118);
    expect(image.height).toBe(118);
    expect(image.channels).toBe(4);
    expect(image.depth).toBe(8);
  });

  it.for(['generator', 'discriminator'] as const)('writes a %s that loads back', async (network) => {
    const dir = join(outDir, network);
    const weights = readFileSync(join(dir, 'weights.bin'));
    const model = await loadModelFiles({
      modelJson: readFileSync(join(dir, 'model.json'), 'utf8'),
      weights: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
      weightsFileName: 'weights.bin',
    });
    const preset = parsePreset(readFileSync(mlpPresetPath, 'utf8'));
    if (!preset.ok) throw new Error(preset.error.message);
    const compiled = compileGan(preset.preset);

    expect(model.countParams()).toBe(compiled[network].countParams());
    expect(model.inputs[0].shape).toEqual(compiled[network].inputs[0].shape);
    expect(model.outputs[0].shape).toEqual(compiled[network].outputs[0].shape);
    model.dispose();
    compiled.generator.dispose();
    compiled.discriminator.dispose();
  });

  it('writes a summary of the run', () => {
    const summary = readJson('summary.json');

    expect(summary.outcome).toBe('finished');
    expect(summary.steps).toBe(3);
    expect(summary.batchSize).toBe(8);
    expect(summary.backend).toBe('cpu');
    expect(summary.seconds).toBeGreaterThan(0);
    expect(summary.stepsPerSecond).toBeCloseTo(3 / summary.seconds, 6);
    expect(summary.final.step).toBe(3);
    expect(Number.isFinite(summary.final.discriminatorLoss)).toBe(true);
    expect(Number.isFinite(summary.final.generatorLoss)).toBe(true);
  });
});

// Each case spawns its own process, so the cases run side by side.
describe.concurrent('npm run train with bad input', () => {
  it('names a missing preset file and exits with 1', async ({ expect }) => {
    const missing = join(tempDir, 'no-such-preset.json');

    const result = await runCli([missing]);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Preset file not found: ${missing}`);
  });

  it('names a malformed preset file and exits with 1', async ({ expect }) => {
    const malformed = join(tempDir, 'malformed.json');
    writeFileSync(malformed, '{ "format": "ganvas-preset",\n  "version": 2,\n');

    const result = await runCli([malformed, '--out', join(tempDir, 'malformed-run')]);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${malformed}: This preset is not valid JSON`);
    expect(existsSync(join(tempDir, 'malformed-run'))).toBe(false);
  });

  it('lists graph errors by node and exits with 1', async ({ expect }) => {
    const preset = JSON.parse(readFileSync(mlpPresetPath, 'utf8'));
    preset.connections = preset.connections.filter((c: { target: string }) => c.target !== 'g_dense2');
    const broken = join(tempDir, 'broken.json');
    writeFileSync(broken, JSON.stringify(preset));

    const result = await runCli([broken]);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${broken}: the graph has 1 error:`);
    expect(result.stderr).toContain('node g_dense2: Dense (g_dense2) has no input');
  });

  it('prints the usage for invalid arguments and exits with 2', async ({ expect }) => {
    const result = await runCli([mlpPresetPath, '--steps', 'many']);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--steps must be a whole number 1 or more, got "many".');
    expect(result.stderr).toContain('Usage: npm run train -- <preset.json>');
  });
});
