import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import { readPresetFile } from './read-preset-file';
import { defaultRunDirectory, RunDirectory } from './run-directory';
import { parseTrainArgs, TRAIN_USAGE, type TrainOptions } from './train-args';
import { CLI_BACKEND, trainPreset } from './train-run';

/** Exit codes of `npm run train`. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface CommandStreams {
  stdout: NodeJS.WritableStream;
  /** Messages and the progress bar. cli-progress draws the bar only when this stream is a terminal. */
  stderr: NodeJS.WriteStream;
}

/**
 * Runs `npm run train -- <preset.json> [options]` and returns its exit code: 0 when training
 * finished, 1 when the preset could not be read or training failed, 2 for invalid arguments.
 */
export async function runTrainCommand(
  argv: readonly string[],
  streams: CommandStreams = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const args = parseTrainArgs(argv);
  if (args.kind === 'help') {
    streams.stdout.write(`${TRAIN_USAGE}\n`);
    return EXIT_OK;
  }
  if (args.kind === 'invalid') {
    streams.stderr.write(`${args.message}\n\n${TRAIN_USAGE}\n`);
    return EXIT_USAGE;
  }

  try {
    return await train(args.options, streams);
  } catch (error) {
    streams.stderr.write(`Training failed: ${(error as Error).message}\n`);
    return EXIT_FAILED;
  }
}

async function train(options: TrainOptions, streams: CommandStreams): Promise<number> {
  const read = readPresetFile(options.presetPath);
  if (!read.ok) {
    streams.stderr.write(`${read.message}\n`);
    return EXIT_FAILED;
  }

  const batchSize = options.batchSize ?? read.preset.training.batchSize;
  const outDir = options.outDir ?? defaultRunDirectory(options.presetPath, new Date());
  const directory = new RunDirectory(outDir);
  const file = basename(options.presetPath);
  streams.stderr.write(
    `Training ${file} for ${options.steps} steps at batch size ${batchSize} ` +
      `on the tfjs ${CLI_BACKEND} backend.\n`,
  );

  const placeholders = { discriminatorLoss: '-', generatorLoss: '-', rate: '-' };
  const bar = new SingleBar({
    stream: streams.stderr,
    format:
      '{bar} {value}/{total} steps | D loss {discriminatorLoss} | G loss {generatorLoss} | {rate}',
    hideCursor: true,
  });
  let summary;
  try {
    summary = await trainPreset({
      preset: read.preset,
      presetName: options.presetPath,
      analysis: read.analysis,
      gan: read.gan,
      steps: options.steps,
      batchSize,
      sampleEvery: options.sampleEvery,
      directory,
      onStart: () => bar.start(options.steps, 0, placeholders),
      onMetrics: (latest, stepsPerSecond) =>
        bar.update(latest.step, {
          discriminatorLoss: latest.discriminatorLoss.toFixed(4),
          generatorLoss: latest.generatorLoss.toFixed(4),
          rate: formatRate(stepsPerSecond),
        }),
    });
  } finally {
    bar.stop();
  }

  if (summary.outcome === 'failed') {
    streams.stderr.write(`${summary.error}\nWrote the metrics and summary to ${directory.path}.\n`);
    return EXIT_FAILED;
  }
  const { final } = summary;
  const losses = final
    ? ` Final losses: D ${final.discriminatorLoss.toFixed(4)}, G ${final.generatorLoss.toFixed(4)}.`
    : '';
  streams.stdout.write(
    `Trained ${file} for ${summary.steps} steps in ${summary.seconds.toFixed(1)} s ` +
      `(${formatRate(summary.stepsPerSecond)}).${losses}\nWrote ${directory.path}\n`,
  );
  return EXIT_OK;
}

/** Formats a training speed as steps/s, or as s/step when below one step a second. */
export function formatRate(stepsPerSecond: number): string {
  if (stepsPerSecond >= 1) return `${stepsPerSecond.toFixed(2)} steps/s`;
  return `${(1 / stepsPerSecond).toFixed(2)} s/step`;
}
