import type * as tf from '@tensorflow/tfjs';

/** Runs `steps` training steps and resolves once the device has finished them. */
export type StepBlock = (steps: number) => Promise<void>;

/** Result of an interleaved A/B timing, in milliseconds per step. */
export interface Comparison {
  aMs: number;
  bMs: number;
  /** Median over rounds of A's time / B's time within the same round. */
  ratio: number;
  /**
   * Fastest round of A / fastest round of B. Load from other processes only adds time, so on a
   * shared machine this moves less between runs than `ratio`.
   */
  minRatio: number;
  rounds: number;
}

export interface CompareOptions {
  /** Steps of each block run once, untimed, before timing starts. */
  warmupSteps: number;
  rounds: number;
  stepsPerRound: number;
}

/** Turns a step that returns a tensor into a block that waits for the last result's data. */
export function tensorBlock(step: () => tf.Tensor): StepBlock {
  return async (steps) => {
    let last: tf.Tensor | null = null;
    for (let i = 0; i < steps; i++) {
      last?.dispose();
      last = step();
    }
    // Kernels run in order on every backend, so the last result's data marks the end of all.
    if (last) {
      await last.data();
      last.dispose();
    }
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function timeBlock(block: StepBlock, steps: number): Promise<number> {
  const start = performance.now();
  await block(steps);
  return (performance.now() - start) / steps;
}

/**
 * Times two blocks in alternation (A B, then B A, and so on), so that drift in machine load
 * affects both alike, and compares them round by round.
 */
export async function compareInterleaved(a: StepBlock, b: StepBlock, options: CompareOptions): Promise<Comparison> {
  await a(options.warmupSteps);
  await b(options.warmupSteps);
  const aTimes: number[] = [];
  const bTimes: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    let aMs: number;
    let bMs: number;
    if (round % 2 === 0) {
      aMs = await timeBlock(a, options.stepsPerRound);
      bMs = await timeBlock(b, options.stepsPerRound);
    } else {
      bMs = await timeBlock(b, options.stepsPerRound);
      aMs = await timeBlock(a, options.stepsPerRound);
    }
    aTimes.push(aMs);
    bTimes.push(bMs);
    ratios.push(aMs / bMs);
  }
  return {
    aMs: median(aTimes),
    bMs: median(bTimes),
    ratio: median(ratios),
    minRatio: Math.min(...aTimes) / Math.min(...bTimes),
    rounds: options.rounds,
  };
}
