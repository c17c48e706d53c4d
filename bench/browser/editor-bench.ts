import { setupI18n } from '../../src/ui/i18n/i18n';
import mlpPreset from '../../presets/mlp-mnist.json';
import { analyzeGraph } from '../../src/graph/analyze';
import type { Graph } from '../../src/schema/preset';
import type { TrainingState } from '../../src/train/protocol';
import { createGanvasEditor } from '../../src/ui/editor/create-editor';
import { createStore } from '../../src/ui/store/external-store';
import { initialTrainingSnapshot } from '../../src/ui/store/training-store';
import { datasetUrl } from '../../src/ui/training/dataset-url';
import { createTrainingController } from '../../src/ui/training/training-controller';
import '../../src/ui/styles/app.css';
import '../../src/ui/styles/node.css';
import '../../src/ui/styles/connection-and-training.css';
import { buildLargeGraph } from '../large-graph';

setupI18n();

const stores = {
  analysis: createStore(analyzeGraph({ nodes: [], connections: [] })),
  training: createStore(initialTrainingSnapshot()),
};
const controller = createTrainingController(stores.training);
const editor = createGanvasEditor(document.getElementById('editor')!, {
  ...stores,
  walkLatent: controller.walkLatent,
});

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Node views in the DOM; a node view's own test id is `node-` and its id, which no inner element shares. */
const drawnNodes = (ids: string[]) => ids.filter((id) => document.querySelector(`[data-testid="node-${id}"]`)).length;
const nodeCount = () => drawnNodes(editor.exportGraph().nodes.map((node) => node.id));

let frames: number[] = [];
let recordingFrames = false;
let longTasks: number[] = [];
let nodeUpdates = 0;
const longTaskObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
});
// Counts batches of DOM changes inside node views, a stand-in for node re-renders that change something.
const mutationObserver = new MutationObserver((records) => {
  const touched = new Set<Element>();
  for (const record of records) {
    const node = (record.target instanceof Element ? record.target : record.target.parentElement)?.closest(
      '.gv-node',
    );
    if (node) touched.add(node);
  }
  nodeUpdates += touched.size;
});

async function recordFrames(): Promise<void> {
  let last = await nextFrame();
  while (recordingFrames) {
    const now = await nextFrame();
    frames.push(now - last);
    last = now;
  }
}

async function waitForState(states: TrainingState[], timeoutMs: number): Promise<TrainingState> {
  const start = performance.now();
  while (!states.includes(stores.training.get().state) && performance.now() - start < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return stores.training.get().state;
}

/** The functions bench/run.ts calls in the page through page.evaluate. */
const editorBench = {
  /** Loads a generated graph and returns the milliseconds until every node is drawn and painted. */
  async importLargeGraph(size: number) {
    const graph = buildLargeGraph(size);
    const start = performance.now();
    await editor.load(graph);
    const ids = graph.nodes.map((node) => node.id);
    while (drawnNodes(ids) < ids.length) await nextFrame();
    await nextFrame();
    return { ms: performance.now() - start, nodes: nodeCount() };
  },
  /** Client coordinates of the middle of a node's title, for the mouse to grab. */
  nodeCentre(id: string) {
    const box = document.querySelector(`[data-testid="node-${id}"]`)!.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + 12 };
  },
  startFrames() {
    frames = [];
    recordingFrames = true;
    void recordFrames();
  },
  stopFrames() {
    recordingFrames = false;
    return frames;
  },
  async loadGraph(graph: Graph) {
    await editor.load(graph);
  },
  async startTraining(backend: 'cpu' | 'webgl' | 'webgpu') {
    controller.start({
      graph: editor.exportGraph(),
      training: mlpPreset.training,
      datasetUrl: datasetUrl('mnist'),
      backend,
    });
    return waitForState(['running', 'failed'], 120_000);
  },
  startObserving() {
    longTasks = [];
    nodeUpdates = 0;
    longTaskObserver.observe({ type: 'longtask' });
    mutationObserver.observe(document.getElementById('editor')!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  },
  stopObserving() {
    longTaskObserver.disconnect();
    mutationObserver.disconnect();
    return { longTasks, nodeUpdates, nodes: nodeCount(), step: stores.training.get().step };
  },
  stopTraining() {
    controller.pause();
  },
  mlpGraph: (): Graph => ({ nodes: mlpPreset.nodes, connections: mlpPreset.connections }) as Graph,
};

declare global {
  interface Window {
    editorBench: typeof editorBench;
  }
}

window.editorBench = editorBench;
