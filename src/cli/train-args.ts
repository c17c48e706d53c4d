import { parseArgs } from 'node:util';
import { trainingSchema } from '../schema/preset';

/** The options of one `npm run train` command. */
export interface TrainOptions {
  presetPath: string;
  /** Training steps, each one discriminator step and one generator step. */
  steps: number;
  /** Output folder, or undefined for `runs/<preset file name>-<date and time>`. */
  outDir: string | undefined;
  /** Images per batch, or undefined for the preset's batch size. */
  batchSize: number | undefined;
  /** Steps between sample grids. */
  sampleEvery: number;
}

export type TrainArgs =
  | { kind: 'train'; options: TrainOptions }
  | { kind: 'help' }
  | { kind: 'invalid'; message: string };

export const DEFAULT_STEPS = 100;
export const DEFAULT_SAMPLE_EVERY = 25;

const batchSizeRange = trainingSchema.shape.batchSize.unwrap();
const MIN_BATCH_SIZE = batchSizeRange.minValue ?? 1;
const MAX_BATCH_SIZE = batchSizeRange.maxValue ?? Number.MAX_SAFE_INTEGER;

export const TRAIN_USAGE = `Usage: npm run train -- <preset.json> [options]

Trains a Ganvas preset with TensorFlow.js on the CPU. Each step is one discriminator step and
one generator step. Writes metrics.jsonl, sample grids (samples-<step>.png), the trained
generator/ and discriminator/ models (TensorFlow.js format) and summary.json to DIR.

Options:
  --steps N          number of training steps (default ${DEFAULT_STEPS})
  --out DIR          output folder (default runs/<preset file name>-<date and time>)
  --batch-size N     images per batch, ${MIN_BATCH_SIZE} to ${MAX_BATCH_SIZE} (default: the preset's batch size)
  --sample-every N   steps between sample grids (default ${DEFAULT_SAMPLE_EVERY}), plus one after the last step
  -h, --help         print this message`;

/** Parses the arguments after `npm run train --`. Never throws. */
export function parseTrainArgs(argv: readonly string[]): TrainArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        steps: { type: 'string' },
        out: { type: 'string' },
        'batch-size': { type: 'string' },
        'sample-every': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { kind: 'invalid', message: (error as Error).message };
  }

  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals.length === 0) return { kind: 'invalid', message: 'Missing the preset file: give the path of a preset JSON file.' };
  if (positionals.length > 1) {
    const message = `Expected one preset file, got ${positionals.length}: ${positionals.join(', ')}.`;
    return { kind: 'invalid', message };
  }

  const errors: string[] = [];
  const steps = parseCount('--steps', values.steps, 1, Number.MAX_SAFE_INTEGER, errors);
  const batchSize = parseCount('--batch-size', values['batch-size'], MIN_BATCH_SIZE, MAX_BATCH_SIZE, errors);
  const sampleEvery = parseCount('--sample-every', values['sample-every'], 1, Number.MAX_SAFE_INTEGER, errors);
  if (errors.length > 0) return { kind: 'invalid', message: errors[0] };

  return {
    kind: 'train',
    options: {
      presetPath: positionals[0],
      steps: steps ?? DEFAULT_STEPS,
      outDir: values.out,
      batchSize,
      sampleEvery: sampleEvery ?? DEFAULT_SAMPLE_EVERY,
    },
  };
}

/**
 * Parses an option's whole number from min to max. Returns undefined when the option is absent
 * or invalid, and adds the reason to `errors` when it is invalid.
 */
function parseCount(
  option: string,
  text: string | undefined,
  min: number,
  max: number,
  errors: string[],
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    errors.push(`${option} must be a whole number ${range}, got "${text}".`);
    return undefined;
  }
  return value;
}
