import * as tf from '@tensorflow/tfjs';
import { slerp } from '../insight/latent-walk';
import { batchSpread, meanAbsoluteChange } from '../insight/training-warnings';
import type { ActivationProbe } from './activation-probe';
import type { GanTrainer } from './gan-trainer';
import type { StepMetrics, TrainingEvent } from './protocol';
import { tileSamples } from './sample-grid';

export interface SessionOptions {
  /** Steps between refreshes of the sample grid. */
  sampleEvery: number;
  /** Milliseconds after which the grid is refreshed even if fewer steps have run, for slow backends. */
  sampleInterval: number;
  /** Number of images in the sample grid, drawn from one fixed noise batch. */
  sampleCount: number;
  /** Seed of the fixed noise batch, so that grids of one run are comparable. */
  seed: number;
  /** Target time between metric read-backs, in milliseconds. */
  readbackInterval: number;
  /** Milliseconds between activation measurements, which cost a forward pass of both networks. */
  activationInterval: number;
  /** Number of noise pairs in a latent walk, one image each. */
  walkCount: number;
}

export const DEFAULT_SESSION_OPTIONS: SessionOptions = {
  sampleEvery: 5,
  sampleInterval: 2000,
  sampleCount: 16,
  seed: 42,
  readbackInterval: 250,
  activationInterval: 3000,
  walkCount: 4,
};

/** The probe and real images the session uses to measure the Activation nodes. */
export interface ActivationSource {
  probe: ActivationProbe;
  /** A fixed batch of real images for the discriminator's activations; the caller owns it. */
  realImages: tf.Tensor4D;
}

/** At most this many steps' metrics wait on the device before they are read back. */
const MAX_PENDING_STEPS = 20;

/**
 * Runs a GanTrainer step after step until paused, stopped or failed, and reports metrics and
 * sample grids through `emit`. Metrics stay on the device until several steps are pending and
 * are then read back together with one asynchronous `data()` call.
 */
export class TrainingSession {
  step = 0;
  private running = false;
  private lastSample = { step: 0, time: 0 };
  private lastActivations = Number.NEGATIVE_INFINITY;
  private previousSamples: Float32Array | null = null;
  private walkEnds: [Float32Array, Float32Array] | null = null;
  private readonly fixedNoise: tf.Tensor2D;
  private readonly options: SessionOptions;

  constructor(
    private readonly trainer: GanTrainer,
    private readonly emit: (event: TrainingEvent) => void,
    options: Partial<SessionOptions> = {},
    private readonly activations: ActivationSource | null = null,
  ) {
    this.options = { ...DEFAULT_SESSION_OPTIONS, ...options };
    this.fixedNoise = trainer.noise(this.options.sampleCount, this.options.seed);
  }

  get isRunning(): boolean {
    return this.running;
  }

  /**
   * Trains until `pause` is called, `maxSteps` steps have run in total, or a loss is not
   * finite. Resolves with 'failed' in the last case, after reporting the step.
   */
  async run(maxSteps = Number.POSITIVE_INFINITY): Promise<'paused' | 'finished' | 'failed'> {
    this.running = true;
    this.emit({ type: 'state', state: 'running', step: this.step });
    let pending: tf.Tensor1D[] = [];
    let readEvery = 1;
    let windowStart = performance.now();

    while (this.running && this.step < maxSteps) {
      pending.push(this.trainer.step());
      this.step += 1;
      if (pending.length >= readEvery) {
        const ok = await this.readBack(pending, windowStart);
        // The device finishes the steps during the read-back, so the window ends after it.
        const perStep = (performance.now() - windowStart) / pending.length;
        pending = [];
        if (!ok) return this.finish('failed');
        // On the CPU backend data() resolves as a microtask, so without this macrotask the
        // worker never handles pause() or any other message while the loop runs.
        await new Promise((resolve) => setTimeout(resolve, 0));
        windowStart = performance.now();
        readEvery = Math.min(MAX_PENDING_STEPS, Math.max(1, Math.round(this.options.readbackInterval / perStep)));
      }
      const sinceSample = performance.now() - this.lastSample.time;
      if (this.step - this.lastSample.step >= this.options.sampleEvery || sinceSample >= this.options.sampleInterval) {
        await this.emitSamples();
      }
    }
    if (pending.length > 0 && !(await this.readBack(pending, windowStart))) {
      return this.finish('failed');
    }
    return this.finish(this.step >= maxSteps ? 'finished' : 'paused');
  }

  /** Asks the loop to stop after the step under way; `run` then resolves. */
  pause(): void {
    this.running = false;
  }

  /**
   * Generates the sample grid from the fixed noise batch and reports it with the spread and
   * change of its images. It also measures the activations when they are due, or when training
   * is not running.
   */
  async emitSamples(): Promise<void> {
    const images = this.trainer.generate(this.fixedNoise);
    const values = (await images.data()) as Float32Array;
    const shape = images.shape;
    images.dispose();
    this.lastSample = { step: this.step, time: performance.now() };
    const check = {
      step: this.step,
      spread: batchSpread(values, shape[0]),
      change: this.previousSamples ? meanAbsoluteChange(this.previousSamples, values) : null,
    };
    this.previousSamples = values;
    const grid = tileSamples(values, shape, Math.ceil(Math.sqrt(shape[0])), this.step);
    this.emit({ type: 'samples', grid, check });

    const due = performance.now() - this.lastActivations >= this.options.activationInterval;
    if (this.activations && (due || !this.running)) {
      this.lastActivations = performance.now();
      const stats = await this.activations.probe.measure(this.fixedNoise, this.activations.realImages);
      this.emit({ type: 'activations', step: this.step, stats });
    }
  }

  /**
   * Generates one image for each of `walkCount` pairs of fixed noise vectors, a fraction `t` of
   * the way from the first vector of the pair to the second, in one row.
   */
  async walkLatent(t: number) {
    if (!this.walkEnds) {
      const { walkCount, seed } = this.options;
      const ends = [this.trainer.noise(walkCount, seed + 1), this.trainer.noise(walkCount, seed + 2)];
      const data = await Promise.all(ends.map((end) => end.data() as Promise<Float32Array>));
      ends.forEach((end) => end.dispose());
      this.walkEnds = [data[0], data[1]];
    }
    const [from, to] = this.walkEnds;
    const size = from.length / this.options.walkCount;
    const points = new Float32Array(from.length);
    for (let i = 0; i < this.options.walkCount; i++) {
      const row = (array: Float32Array) => array.subarray(i * size, (i + 1) * size);
      points.set(slerp(row(from), row(to), t), i * size);
    }
    const noise = tf.tensor2d(points, [this.options.walkCount, size]);
    const images = this.trainer.generate(noise);
    noise.dispose();
    const values = (await images.data()) as Float32Array;
    const shape = images.shape;
    images.dispose();
    return tileSamples(values, shape, this.options.walkCount, this.step);
  }

  dispose(): void {
    this.running = false;
    this.fixedNoise.dispose();
  }

  private finish(outcome: 'paused' | 'finished' | 'failed') {
    this.running = false;
    return outcome;
  }

  /**
   * Reads back pending metrics, reports them with the step rate since `windowStart`, and
   * returns false at the first non-finite loss.
   */
  private async readBack(pending: tf.Tensor1D[], windowStart: number): Promise<boolean> {
    const stacked = tf.stack(pending);
    pending.forEach((t) => t.dispose());
    const values = await stacked.data();
    stacked.dispose();
    const elapsed = performance.now() - windowStart;

    const firstStep = this.step - pending.length + 1;
    const metrics: StepMetrics[] = [];
    let failure: string | null = null;
    for (let i = 0; i < pending.length && failure === null; i++) {
      const [discriminatorLoss, generatorLoss, realScore, fakeScore] = values.slice(i * 4, i * 4 + 4);
      const step = firstStep + i;
      if (!Number.isFinite(discriminatorLoss) || !Number.isFinite(generatorLoss)) {
        const which = Number.isFinite(discriminatorLoss) ? `generator loss is ${generatorLoss}` : `discriminator loss is ${discriminatorLoss}`;
        failure =
          `Training stopped at step ${step}: the ${which}. Lower the learning rates, ` +
          'or add BatchNormalization to the generator, then reset the weights and train again.';
        this.step = step;
        break;
      }
      metrics.push({ step, discriminatorLoss, generatorLoss, realScore, fakeScore });
    }
    if (metrics.length > 0) {
      this.emit({ type: 'metrics', metrics, stepsPerSecond: (pending.length * 1000) / Math.max(elapsed, 1) });
    }
    if (failure !== null) this.emit({ type: 'error', message: failure, step: this.step });
    return failure === null;
  }
}
