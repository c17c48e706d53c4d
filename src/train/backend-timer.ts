import * as tf from '@tensorflow/tfjs';
import { get, set } from 'idb-keyval';
import { compileGan } from '../compile/compile-gan';
import { analyzeGraph } from '../graph/analyze';
import type { Graph, TrainingSettings } from '../schema/preset';
import { selectBackend } from './backend';
import {
  backendChoiceKey,
  chooseBackend,
  describeMeasurements,
  type BackendMeasurement,
  type ChoiceStore,
  type StepTimer,
} from './backend-choice';
import { GanTrainer } from './gan-trainer';
import type { BackendName } from './protocol';

/** Timed steps per measurement, after one untimed step that compiles the kernels. */
const TIMED_STEPS = 2;

/** Times training steps of `graph` on random images, which cost the same as real ones. */
export function createStepTimer(graph: Graph, training: TrainingSettings): StepTimer {
  return {
    async activate(backend) {
      if (!(await tf.setBackend(backend))) return false;
      await tf.ready();
      return true;
    },
    async timeSteps(batchSize) {
      const analysis = analyzeGraph(graph);
      const [height, width, channels] = analysis.gan!.imageShape;
      const shape: [number, number, number, number] = [batchSize * 2, height, width, channels];
      const images = tf.randomUniform(shape, -1, 1) as tf.Tensor4D;
      const settings = { ...training, batchSize };
      const trainer = new GanTrainer(compileGan(graph, analysis), images, settings);
      try {
        const warmup = trainer.step();
        await warmup.data();
        warmup.dispose();
        const start = performance.now();
        const results = Array.from({ length: TIMED_STEPS }, () => trainer.step());
        await results[results.length - 1].data();
        tf.dispose(results);
        return (performance.now() - start) / TIMED_STEPS;
      } finally {
        trainer.dispose();
        images.dispose();
      }
    },
  };
}

/** Earlier choices in this origin's IndexedDB, through idb-keyval's default store. */
export const indexedDbChoiceStore: ChoiceStore = {
  get: (key) => get(key),
  set: (key, choice) => set(key, choice),
};

/**
 * Switches tfjs to the backend for a training request: the forced one when `forced` is set,
 * else the fastest measured on this graph and batch size, measured once per device.
 */
export async function resolveTrainingBackend(
  graph: Graph,
  training: TrainingSettings,
  forced?: BackendName,
  store: ChoiceStore = indexedDbChoiceStore,
): Promise<{
  backend: BackendName;
  notes: string[];
  notesRu: string[];
  measurements?: BackendMeasurement[];
}> {
  // A graph with errors fails later with its own message, so it gets the first backend that starts.
  if (forced || !analyzeGraph(graph).gan) return selectBackend(forced);
  // NOTE: a first measurement sends no progress event. Each backend runs three steps at batch
  // size 1 (except the first) and three at the full batch size unless it lost at batch size 1.
  // For the DCGAN preset on SwiftShader's WebGPU that is an estimated 10 to 30 s of "preparing".
  const key = backendChoiceKey(graph, training.batchSize);
  const timer = createStepTimer(graph, training);
  const choice = await chooseBackend(key, timer, training.batchSize, store);
  const { backend, notes, notesRu } = await selectBackend(choice.backend);
  const origin = choice.cached
    ? 'Chosen from earlier measurements on this device.'
    : 'Chosen by measuring each backend.';
  const originRu = choice.cached
    ? 'Выбран по прежним измерениям на этом устройстве.'
    : 'Выбран измерением каждого бэкенда.';
  return {
    backend,
    notes: [...notes, origin, ...describeMeasurements(choice.measurements)],
    notesRu: [...notesRu, originRu, ...describeMeasurements(choice.measurements, 'ru')],
    measurements: choice.measurements,
  };
}
