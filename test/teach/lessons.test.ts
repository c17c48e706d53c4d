import { describe, expect, it } from 'vitest';
import dcgan from '../../presets/dcgan-mnist.json';
import leaky from '../../presets/leaky-relu-generator.json';
import relu from '../../presets/relu-generator.json';
import { analyzeGraph } from '../../src/graph/analyze';
import type { Graph } from '../../src/schema/preset';
import { advanceLesson, type Lesson, type LessonContext } from '../../src/teach/lesson-types';
import { LESSONS } from '../../src/teach/lessons';

const lesson = (id: string) => LESSONS.find((l) => l.id === id)!;
const reference = dcgan as unknown as Graph;
const reluGraph = relu as unknown as Graph;
const leakyGraph = leaky as unknown as Graph;

function context(graph: Graph, run: LessonContext['run'] = null, savedRuns = 0): LessonContext {
  return { graph, analysis: analyzeGraph(graph), run, savedRuns };
}

/** Returns the ids of the steps whose condition holds on `graph`, each checked on its own. */
function holding(l: Lesson, c: LessonContext) {
  return l.steps.filter((step) => step.isDone(c)).map((step) => step.id);
}

/** Adds to `graph` the reference DCGAN's nodes with the given ids and every wire among them. */
function withReference(graph: Graph, ids: string[]): Graph {
  const nodes = [...graph.nodes, ...reference.nodes.filter((n) => ids.includes(n.id))];
  const present = new Set(nodes.map((n) => n.id));
  const connections = reference.connections.filter((c) => present.has(c.source) && present.has(c.target));
  return { nodes, connections };
}

describe('lesson: build the generator', () => {
  const l = lesson('build-generator');

  it('starts with no step done', () => {
    expect(holding(l, context(l.start))).toEqual([]);
  });

  it('marks each step as the generator grows', () => {
    expect(holding(l, context(withReference(l.start, ['g_dense'])))).toEqual(['dense']);
    const reshaped = withReference(l.start, ['g_dense', 'g_bn1', 'g_relu1', 'g_reshape']);
    expect(holding(l, context(reshaped))).toEqual(['dense', 'reshape']);
    const upsampled = withReference(l.start, ['g_dense', 'g_bn1', 'g_relu1', 'g_reshape', 'g_deconv1']);
    expect(holding(l, context(upsampled))).toEqual(['dense', 'reshape', 'upsample']);
    const all = reference.nodes.filter((n) => n.id.startsWith('g_')).map((n) => n.id);
    expect(holding(l, context(withReference(l.start, all)))).toEqual(['dense', 'reshape', 'upsample', 'finish']);
  });

  it('does not count a Reshape whose shape does not fit the Dense layer', () => {
    const graph = withReference(l.start, ['g_dense', 'g_reshape']);
    const dense = graph.nodes.find((n) => n.id === 'g_dense')!;
    const broken = { ...graph, nodes: graph.nodes.map((n) => (n === dense ? { ...n, params: { units: 100 } } : n)) };
    expect(holding(l, context(broken))).toEqual(['dense']);
  });
});

describe('lesson: build the discriminator', () => {
  const l = lesson('build-discriminator');

  it('starts with no step done and ends with all done', () => {
    expect(holding(l, context(l.start))).toEqual([]);
    const all = reference.nodes.filter((n) => n.id.startsWith('d_')).map((n) => n.id);
    expect(holding(l, context(withReference(l.start, all)))).toEqual(['conv', 'leaky', 'score', 'sigmoid']);
  });

  it('needs both real and generated images on the first Conv2D', () => {
    const graph = withReference(l.start, ['d_conv1']);
    expect(holding(l, context(graph))).toEqual(['conv']);
    const realOnly = { ...graph, connections: graph.connections.filter((c) => c.source !== 'generator') };
    expect(holding(l, context(realOnly))).toEqual([]);
  });
});

describe('lesson: ReLU vs LeakyReLU', () => {
  const l = lesson('relu-vs-leaky-relu');

  it('counts runs of 200 steps', () => {
    expect(holding(l, context(reluGraph, { graph: reluGraph, steps: 199 }))).toEqual([]);
    expect(holding(l, context(reluGraph, { graph: reluGraph, steps: 200 }))).toEqual(['train-relu']);
    // Switching the activations after the ReLU run does not count as a LeakyReLU run.
    expect(holding(l, context(leakyGraph, { graph: reluGraph, steps: 250 }))).toEqual(['train-relu', 'switch']);
    expect(holding(l, context(leakyGraph, { graph: leakyGraph, steps: 200 }, 2))).toEqual([
      'switch',
      'train-leaky',
      'compare',
    ]);
  });

  it('advances in order and keeps steps done', () => {
    let done = advanceLesson(l, new Set(), context(reluGraph, { graph: reluGraph, steps: 300 }));
    expect([...done]).toEqual(['train-relu']);
    // A LeakyReLU graph with 2 saved runs does not skip the LeakyReLU run.
    done = advanceLesson(l, done, context(leakyGraph, { graph: reluGraph, steps: 300 }, 2));
    expect([...done]).toEqual(['train-relu', 'switch']);
    done = advanceLesson(l, done, context(leakyGraph, { graph: leakyGraph, steps: 200 }, 2));
    expect([...done]).toEqual(['train-relu', 'switch', 'train-leaky', 'compare']);
  });
});

describe('lessons', () => {
  it('have texts in English and Russian for every step', () => {
    expect(LESSONS.map((l) => l.id)).toEqual(['build-generator', 'build-discriminator', 'relu-vs-leaky-relu']);
    for (const l of LESSONS) {
      for (const text of [l.title, l.summary, ...l.steps.map((s) => s.text)]) {
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.ru).toMatch(/[а-яё]/i);
      }
    }
  });
});
