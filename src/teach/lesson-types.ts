import type { GraphAnalysis } from '../graph/analyze';
import type { Graph, Preset } from '../schema/preset';

/** A text in every language of the interface. */
export interface LocalText {
  en: string;
  ru: string;
}

/** The graph and training facts a lesson step's condition reads. */
export interface LessonContext {
  graph: Graph;
  analysis: GraphAnalysis;
  /** The graph the latest training started with, and the step it reached; null before any. */
  run: { graph: Graph; steps: number } | null;
  /** Runs kept for comparison. */
  savedRuns: number;
}

export interface LessonStep {
  id: string;
  text: LocalText;
  /** True once the graph (or the training) shows the step was carried out. */
  isDone(context: LessonContext): boolean;
}

/** A preset to start from and the ordered steps a student carries out on it. */
export interface Lesson {
  id: string;
  title: LocalText;
  summary: LocalText;
  /** The preset the lesson opens, as shipped in presets/lessons/. */
  start: Preset;
  steps: readonly LessonStep[];
}

/**
 * Returns the ids of the steps done so far: steps are taken in order, and a step counts once
 * its condition is true with every earlier step done. A step stays done when later edits undo
 * it, so the student is never sent back, e.g. after a weight reset.
 */
export function advanceLesson(
  lesson: Lesson,
  done: ReadonlySet<string>,
  context: LessonContext,
): Set<string> {
  const next = new Set(done);
  for (const step of lesson.steps) {
    if (next.has(step.id)) continue;
    if (!step.isDone(context)) break;
    next.add(step.id);
  }
  return next;
}
