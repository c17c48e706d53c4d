import { describe, expect, it } from 'vitest';
import {
  describeMeasurements,
  backendChoiceKey,
  chooseBackend,
  measureBackends,
  pickFastest,
  type BackendChoice,
  type ChoiceStore,
  type StepTimer,
} from '../../src/train/backend-choice';
import type { BackendName } from '../../src/train/protocol';
import { mlpGan, setParam } from '../support/graphs';

/** Creates a timer whose step takes `perSample[backend] * batchSize` ms; `failing` backends throw. */
function fakeTimer(perSample: Partial<Record<BackendName, number>>, failing: BackendName[] = []) {
  const calls: string[] = [];
  let active: BackendName = 'cpu';
  const timer: StepTimer = {
    async activate(backend) {
      if (failing.includes(backend)) throw new Error(`${backend} lost its device`);
      active = backend;
      return perSample[backend] !== undefined;
    },
    async timeSteps(batchSize) {
      calls.push(`${active}@${batchSize}`);
      return perSample[active]! * batchSize;
    },
  };
  return { timer, calls };
}

function memoryStore(): ChoiceStore & { entries: Map<string, BackendChoice> } {
  const entries = new Map<string, BackendChoice>();
  return {
    entries,
    get: async (key) => entries.get(key),
    set: async (key, choice) => void entries.set(key, choice),
  };
}

describe('backendChoiceKey', () => {
  it('ignores positions and labels', () => {
    const moved = mlpGan();
    moved.nodes[0].position = { x: 500, y: 20 };
    moved.nodes[1].label = 'first dense';
    expect(backendChoiceKey(moved, 32)).toBe(backendChoiceKey(mlpGan(), 32));
  });

  it('changes with a parameter', () => {
    const wider = setParam(mlpGan(), 'g1', 'units', 64);
    expect(backendChoiceKey(wider, 32)).not.toBe(backendChoiceKey(mlpGan(), 32));
  });

  it('changes with the batch size', () => {
    expect(backendChoiceKey(mlpGan(), 64)).not.toBe(backendChoiceKey(mlpGan(), 32));
  });
});

describe('pickFastest', () => {
  it('skips unmeasured backends', () => {
    const picked = pickFastest([
      { backend: 'webgpu', msPerStep: null, note: 'not available' },
      { backend: 'webgl', msPerStep: 40 },
      { backend: 'cpu', msPerStep: 25 },
    ]);
    expect(picked).toBe('cpu');
  });

  it('returns undefined without figures', () => {
    expect(pickFastest([{ backend: 'cpu', msPerStep: null }])).toBeUndefined();
  });
});

describe('measureBackends', () => {
  it('picks the fastest backend', async () => {
    const { timer } = fakeTimer({ webgpu: 3, webgl: 1, cpu: 2 });
    const choice = await measureBackends(timer, 8);
    expect(choice.backend).toBe('webgl');
    expect(choice.measurements.map((m) => m.msPerStep)).toEqual([24, 8, 16]);
  });

  it('skips a backend slower at batch 1', async () => {
    const { timer, calls } = fakeTimer({ webgpu: 1, webgl: 20, cpu: 2 });
    const choice = await measureBackends(timer, 8);
    expect(choice.backend).toBe('webgpu');
    expect(calls).toEqual(['webgpu@8', 'webgl@1', 'cpu@1', 'cpu@8']);
    expect(choice.measurements[1].msPerStep).toBeNull();
    expect(choice.measurements[1].note).toMatch(/batch-1 step/);
  });

  it('records unavailable and failing backends', async () => {
    const { timer } = fakeTimer({ cpu: 2 }, ['webgl']);
    const choice = await measureBackends(timer, 4);
    expect(choice.backend).toBe('cpu');
    expect(choice.measurements[0].note).toBe('WebGPU is not available here.');
    expect(choice.measurements[1].note).toBe('WebGL failed: webgl lost its device');
  });

  it('describes the measurements in both languages', async () => {
    const { timer } = fakeTimer({ cpu: 2 }, ['webgl']);
    const choice = await measureBackends(timer, 4);
    expect(describeMeasurements(choice.measurements)).toEqual([
      'WebGPU is not available here.',
      'WebGL failed: webgl lost its device',
      'CPU: 8.0 ms per step',
    ]);
    expect(describeMeasurements(choice.measurements, 'ru')).toEqual([
      'WebGPU здесь недоступен.',
      'WebGL: ошибка: webgl lost its device',
      'CPU: 8.0 мс на шаг',
    ]);
  });

  it('throws when no backend runs', async () => {
    const { timer } = fakeTimer({}, ['cpu']);
    await expect(measureBackends(timer, 4)).rejects.toThrow(/No tfjs backend/);
  });
});

describe('chooseBackend', () => {
  it('stores a new choice', async () => {
    const store = memoryStore();
    const { timer } = fakeTimer({ webgl: 1, cpu: 2 });
    const choice = await chooseBackend('key', timer, 4, store);
    expect(choice.cached).toBe(false);
    expect(store.entries.get('key')?.backend).toBe('webgl');
  });

  it('reuses a stored choice without measuring', async () => {
    const store = memoryStore();
    store.entries.set('key', { backend: 'cpu', measurements: [{ backend: 'cpu', msPerStep: 5 }] });
    const { timer, calls } = fakeTimer({ webgl: 1, cpu: 2 });
    const choice = await chooseBackend('key', timer, 4, store);
    expect(choice.backend).toBe('cpu');
    expect(choice.cached).toBe(true);
    expect(calls).toEqual([]);
  });

  it('measures when the store fails', async () => {
    const failing: ChoiceStore = {
      get: () => Promise.reject(new Error('IndexedDB is closed')),
      set: () => Promise.reject(new Error('IndexedDB is closed')),
    };
    const { timer } = fakeTimer({ cpu: 2 });
    const choice = await chooseBackend('key', timer, 4, failing);
    expect(choice.backend).toBe('cpu');
  });
});
