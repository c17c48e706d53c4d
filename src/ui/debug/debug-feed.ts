import type { GraphAnalysis } from '../../graph/analyze';
import { createStore, type Store } from '../store/external-store';
import type { TrainingSnapshot } from '../store/training-store';
import { appendEntries, emptyDebugLog, type DebugEntryDraft, type DebugLog } from './debug-log';
import { describeNewDiagnostics } from './diagnostic-entries';
import { describeTrainingChange, type TrainingLogCursor } from './training-entries';

/**
 * Quiet time after a graph edit before its diagnostics are logged, so that typing a number or
 * rewiring an input in two steps does not log the states in between.
 */
const DIAGNOSTICS_SETTLE_MS = 400;

/** The debug log, fed from the analysis and training stores while started. */
export interface DebugFeed {
  log: Store<DebugLog>;
  /** Subscribes to the stores; the diagnostics already present are logged once they settle. */
  start(): void;
  stop(): void;
  clear(): void;
}

/** Creates a debug feed over the editor's stores. */
export function createDebugFeed(stores: {
  analysis: Store<GraphAnalysis>;
  training: Store<TrainingSnapshot>;
}): DebugFeed {
  const log = createStore(emptyDebugLog());
  let loggedDiagnostics: ReadonlySet<string> = new Set();
  let cursor: TrainingLogCursor = { snapshot: stores.training.get(), metricStep: null };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let unsubscribe: (() => void)[] = [];

  const append = (drafts: DebugEntryDraft[]) => {
    if (drafts.length > 0) log.set(appendEntries(log.get(), drafts, Date.now()));
  };

  const logDiagnostics = () => {
    timer = null;
    const result = describeNewDiagnostics(loggedDiagnostics, stores.analysis.get().diagnostics);
    loggedDiagnostics = result.keys;
    append(result.drafts);
  };

  const scheduleDiagnostics = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(logDiagnostics, DIAGNOSTICS_SETTLE_MS);
  };

  const logTraining = () => {
    const result = describeTrainingChange(cursor, stores.training.get());
    cursor = result.cursor;
    append(result.drafts);
  };

  return {
    log,
    start() {
      cursor = { ...cursor, snapshot: stores.training.get() };
      unsubscribe = [
        stores.analysis.subscribe(scheduleDiagnostics),
        stores.training.subscribe(logTraining),
      ];
      scheduleDiagnostics();
    },
    stop() {
      for (const stop of unsubscribe) stop();
      unsubscribe = [];
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    clear: () => log.set({ ...emptyDebugLog(), nextSeq: log.get().nextSeq }),
  };
}
