import { describe, expect, it } from 'vitest';
import type { TrainingEvent } from '../../../src/train/protocol';
import { createStore } from '../../../src/ui/store/external-store';
import { initialTrainingSnapshot } from '../../../src/ui/store/training-store';
import type { TrainingClient } from '../../../src/ui/training/training-client';
import { createTrainingController } from '../../../src/ui/training/training-controller';

/** Creates a client that records the calls and lets the test send the worker's events. */
function fakeClient(savedStep: number | null = null) {
  const calls: string[] = [];
  let send: (event: TrainingEvent) => void = () => {};
  const create = (onEvent: (event: TrainingEvent) => void): TrainingClient => {
    send = onEvent;
    const record = (name: string) => () => void calls.push(name);
    return {
      start: async () => void calls.push('start'),
      pause: record('pause'),
      stop: record('stop'),
      reset: record('reset'),
      exportModels: async () => null,
      importModels: async () => null,
      walkLatent: async () => null,
      savedStep: async () => savedStep,
      applyLiveEdit: async () => 'applied',
      dispose: record('dispose'),
    } as TrainingClient;
  };
  return { calls, create, send: (event: TrainingEvent) => send(event) };
}

describe('training controller', () => {
  it('shows the step of weights saved before a reload until training starts', async () => {
    const store = createStore(initialTrainingSnapshot());
    const client = fakeClient(99);
    const controller = createTrainingController(store, client.create);

    await controller.checkSavedWeights();
    expect(store.get()).toMatchObject({ state: 'idle', savedStep: 99 });

    client.send({ type: 'state', state: 'preparing', step: 0 });
    expect(store.get().savedStep).toBeNull();
  });

  it('forgets saved weights on reset', async () => {
    const store = createStore(initialTrainingSnapshot());
    const controller = createTrainingController(store, fakeClient(5).create);
    await controller.checkSavedWeights();

    controller.reset();

    expect(store.get().savedStep).toBeNull();
  });

  it('stops a paused run at once', () => {
    const store = createStore(initialTrainingSnapshot());
    const client = fakeClient();
    const controller = createTrainingController(store, client.create);
    client.send({ type: 'state', state: 'paused', step: 53 });

    controller.stop();

    expect(client.calls).toEqual(['stop']);
    expect(store.get().state).toBe('stopped');
    expect(store.get().step).toBe(53);
  });

  it('shows a stop request until reported', () => {
    const store = createStore(initialTrainingSnapshot());
    const client = fakeClient();
    const controller = createTrainingController(store, client.create);
    client.send({ type: 'state', state: 'running', step: 7 });

    controller.stop();

    expect(store.get()).toMatchObject({ state: 'running', pendingRequest: 'stop' });
    client.send({ type: 'state', state: 'stopped', step: 8 });
    expect(store.get()).toMatchObject({ state: 'stopped', pendingRequest: null });
  });

  it('shows a pause request until reported', () => {
    const store = createStore(initialTrainingSnapshot());
    const client = fakeClient();
    const controller = createTrainingController(store, client.create);
    client.send({ type: 'state', state: 'running', step: 2 });

    controller.pause();

    expect(client.calls).toEqual(['pause']);
    expect(store.get()).toMatchObject({ state: 'running', pendingRequest: 'pause' });
    client.send({ type: 'state', state: 'paused', step: 3 });
    expect(store.get()).toMatchObject({ state: 'paused', pendingRequest: null });
  });
});
