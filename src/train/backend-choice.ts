import type { Graph } from '../schema/preset';
import { BACKEND_ORDER, BACKEND_TITLES, type BackendName } from './protocol';

/** Step time of one backend, measured on the graph being trained. */
export interface BackendMeasurement {
  backend: BackendName;
  /** Milliseconds per training step at the request's batch size; null when not measured in full. */
  msPerStep: number | null;
  /** Why the backend was not measured in full: it failed, or a batch-1 step was already slower. */
  note?: string;
  /** The note in Russian. Choices stored before it existed have none. */
  noteRu?: string;
}

/** A backend chosen for one graph and batch size, with the figures it was chosen on. */
export interface BackendChoice {
  backend: BackendName;
  measurements: BackendMeasurement[];
}

/** Storage of earlier choices on this device, such as IndexedDB. */
export interface ChoiceStore {
  get(key: string): Promise<BackendChoice | undefined>;
  set(key: string, choice: BackendChoice): Promise<void>;
}

/** Switches tfjs to a backend and times training steps of the graph on it. */
export interface StepTimer {
  /** Resolves false when the backend is not available here; rejects when it fails to start. */
  activate(backend: BackendName): Promise<boolean>;
  /** Milliseconds per step at `batchSize`, after an untimed step that compiles the kernels. */
  timeSteps(batchSize: number): Promise<number>;
}

/** Orders strings by UTF-16 code units, the same on every device and locale. */
function compareText(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

/** 32-bit FNV-1a hash of a string, in hexadecimal. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Returns the cache key of a backend choice: a hash of the node types, parameters and
 * connections, which fix every tensor shape, and the batch size. Positions and labels do not
 * count, so moving or renaming a node keeps the choice.
 */
export function backendChoiceKey(graph: Graph, batchSize: number): string {
  const nodes = graph.nodes
    .map(({ id, type, params }) => [id, type, params] as const)
    .sort(([a], [b]) => compareText(a, b));
  const connections = graph.connections
    .map((c) => `${c.source}.${c.sourceOutput}>${c.target}.${c.targetInput}`)
    .sort(compareText);
  return `ganvas-backend-v1:${hashText(JSON.stringify([nodes, connections]))}:b${batchSize}`;
}

/** Returns the measured backend with the lowest step time, or undefined when none was measured. */
export function pickFastest(measurements: BackendMeasurement[]): BackendName | undefined {
  let best: BackendMeasurement | undefined;
  for (const m of measurements) {
    if (m.msPerStep !== null && (best?.msPerStep == null || m.msPerStep < best.msPerStep)) best = m;
  }
  return best?.backend;
}

/**
 * Measures each backend of BACKEND_ORDER that starts and picks the fastest. A backend is
 * measured at the full batch size only if one step at batch size 1 beats the best full-batch
 * time so far, because a larger batch is not expected to be faster. This skips a slow CPU
 * backend after a few seconds instead of minutes.
 */
export async function measureBackends(timer: StepTimer, batchSize: number): Promise<BackendChoice> {
  const measurements: BackendMeasurement[] = [];
  let best = Number.POSITIVE_INFINITY;
  for (const backend of BACKEND_ORDER) {
    const title = BACKEND_TITLES[backend];
    try {
      if (!(await timer.activate(backend))) {
        measurements.push({
          backend,
          msPerStep: null,
          note: `${title} is not available here.`,
          noteRu: `${title} здесь недоступен.`,
        });
        continue;
      }
      if (Number.isFinite(best) && batchSize > 1) {
        const single = await timer.timeSteps(1);
        if (single >= best) {
          const note =
            `${title} took ${single.toFixed(0)} ms for a batch-1 step, ` +
            'slower than the best full batch.';
          const noteRu =
            `${title}: шаг с батчем 1 занял ${single.toFixed(0)} мс — медленнее, ` +
            'чем лучший полный батч.';
          measurements.push({ backend, msPerStep: null, note, noteRu });
          continue;
        }
      }
      const msPerStep = await timer.timeSteps(batchSize);
      measurements.push({ backend, msPerStep });
      best = Math.min(best, msPerStep);
    } catch (error) {
      const note = `${title} failed: ${(error as Error).message}`;
      const noteRu = `${title}: ошибка: ${(error as Error).message}`;
      measurements.push({ backend, msPerStep: null, note, noteRu });
    }
  }
  const backend = pickFastest(measurements);
  if (!backend) {
    throw new Error('No tfjs backend could run a training step, not even the CPU backend.');
  }
  return { backend, measurements };
}

/** Returns the stored choice for `key`, or measures the backends and stores the result. */
export async function chooseBackend(
  key: string,
  timer: StepTimer,
  batchSize: number,
  store: ChoiceStore,
): Promise<BackendChoice & { cached: boolean }> {
  const stored = await store.get(key).catch(() => undefined);
  if (stored && BACKEND_ORDER.includes(stored.backend)) return { ...stored, cached: true };
  const choice = await measureBackends(timer, batchSize);
  // A store that cannot write, such as IndexedDB in a private window, only costs a new
  // measurement at the next start.
  await store.set(key, choice).catch(() => undefined);
  return { ...choice, cached: false };
}

/** Describes the measurements in one line each, in English or Russian, for the status bar. */
export function describeMeasurements(
  measurements: BackendMeasurement[],
  language: 'en' | 'ru' = 'en',
): string[] {
  const ru = language === 'ru';
  return measurements.map((m) => {
    const title = BACKEND_TITLES[m.backend];
    if (m.msPerStep !== null) {
      return `${title}: ${m.msPerStep.toFixed(1)} ${ru ? 'мс на шаг' : 'ms per step'}`;
    }
    if (ru) return m.noteRu ?? m.note ?? `${title} не измерялся.`;
    return m.note ?? `${title} was not measured.`;
  });
}
