import type * as tf from '@tensorflow/tfjs';
import { describe, expect, it, vi } from 'vitest';
import type { TrainingSession } from '../../src/train/training-session';
import { runWithCheckpoints, SAVED_MODEL_URLS } from '../../src/train/weights-store';

/** Creates a session whose run() counts a step every millisecond until paused or at `maxSteps`. */
function fakeSession(maxSteps: number) {
  const session = {
    step: 0,
    runs: 0,
    running: false,
    pause() {
      session.running = false;
    },
    run(): Promise<'paused' | 'finished'> {
      session.runs += 1;
      session.running = true;
      return new Promise((resolve) => {
        const tick = () => {
          if (!session.running) return resolve('paused');
          if (session.step >= maxSteps) return resolve('finished');
          session.step += 1;
          setTimeout(tick, 1);
        };
        tick();
      });
    },
  };
  return session;
}

function fakeModel() {
  return {
    setUserDefinedMetadata: vi.fn(),
    save: vi.fn(async () => ({ modelArtifactsInfo: {} })),
  };
}

describe('runWithCheckpoints', () => {
  it('saves both networks between runs', async () => {
    const session = fakeSession(60);
    const models = { generator: fakeModel(), discriminator: fakeModel() };
    const onSaveError = vi.fn();

    const outcome = await runWithCheckpoints(
      session as unknown as TrainingSession,
      models as unknown as Record<'generator' | 'discriminator', tf.LayersModel>,
      () => true,
      onSaveError,
      10,
    );

    expect(outcome).toBe('finished');
    expect(session.step).toBe(60);
    expect(session.runs).toBeGreaterThan(1);
    expect(models.generator.save).toHaveBeenCalledTimes(session.runs - 1);
    expect(models.generator.save).toHaveBeenCalledWith(SAVED_MODEL_URLS.generator);
    expect(models.discriminator.save).toHaveBeenCalledWith(SAVED_MODEL_URLS.discriminator);
    expect(onSaveError).not.toHaveBeenCalled();
  });

  it('stops after a checkpoint when paused', async () => {
    const session = fakeSession(10_000);
    const models = { generator: fakeModel(), discriminator: fakeModel() };
    let keepRunning = true;
    models.generator.save.mockImplementation(async () => {
      keepRunning = false;
      return { modelArtifactsInfo: {} };
    });

    const outcome = await runWithCheckpoints(
      session as unknown as TrainingSession,
      models as unknown as Record<'generator' | 'discriminator', tf.LayersModel>,
      () => keepRunning,
      vi.fn(),
      10,
    );

    expect(outcome).toBe('paused');
    expect(session.runs).toBe(1);
    expect(session.step).toBeLessThan(10_000);
  });

  it('reports a failed save and continues', async () => {
    const session = fakeSession(40);
    const models = { generator: fakeModel(), discriminator: fakeModel() };
    models.generator.save.mockRejectedValue(new Error('QuotaExceededError'));
    const onSaveError = vi.fn();

    const outcome = await runWithCheckpoints(
      session as unknown as TrainingSession,
      models as unknown as Record<'generator' | 'discriminator', tf.LayersModel>,
      () => true,
      onSaveError,
      10,
    );

    expect(outcome).toBe('finished');
    expect(session.step).toBe(40);
    expect(onSaveError).toHaveBeenCalled();
  });
});
