/** The kind of a debug entry: a training event, a graph diagnostic or a batch of step metrics. */
export type DebugKind = 'event' | 'warning' | 'error' | 'metrics';

export const DEBUG_KINDS: readonly DebugKind[] = ['event', 'warning', 'error', 'metrics'];

/** Entries kept; appending more drops the oldest, so a long run cannot grow memory. */
export const DEBUG_LOG_CAPACITY = 500;

/**
 * A message as an i18n key in the `sidebar` namespace's `entry` group with its values, so that
 * the log stays language-neutral and a language switch re-renders old entries too.
 */
export interface DebugMessage {
  key: string;
  values: Record<string, string | number>;
}

/** An entry before it has a sequence number and time. */
export interface DebugEntryDraft {
  kind: DebugKind;
  /** The node the entry belongs to, or null for the whole graph or for training. */
  nodeId: string | null;
  message: DebugMessage;
}

export interface DebugEntry extends DebugEntryDraft {
  /** Counts up from 0 over the log's life, so it stays a stable key when old entries drop. */
  seq: number;
  /** Milliseconds since the Unix epoch. */
  time: number;
}

export interface DebugLog {
  /** Oldest first. */
  entries: readonly DebugEntry[];
  nextSeq: number;
  /** Entries dropped because the log was full. */
  dropped: number;
}

export interface DebugFilter {
  kinds: ReadonlySet<DebugKind>;
  /** Matched case-insensitively anywhere in an entry's text; blank matches every entry. */
  text: string;
}

export function emptyDebugLog(): DebugLog {
  return { entries: [], nextSeq: 0, dropped: 0 };
}

/**
 * Appends `drafts` stamped with `time` and returns the new log, which keeps only the last
 * `capacity` entries. The given log is not changed.
 */
export function appendEntries(
  log: DebugLog,
  drafts: readonly DebugEntryDraft[],
  time: number,
  capacity = DEBUG_LOG_CAPACITY,
): DebugLog {
  if (drafts.length === 0) return log;
  const added = drafts.map((draft, i) => ({ ...draft, seq: log.nextSeq + i, time }));
  const all = [...log.entries, ...added];
  const excess = Math.max(0, all.length - capacity);
  return {
    entries: excess > 0 ? all.slice(excess) : all,
    nextSeq: log.nextSeq + drafts.length,
    dropped: log.dropped + excess,
  };
}

/**
 * Returns the entries of a kind in `filter.kinds` whose text, as `textOf` renders it, contains
 * `filter.text`.
 */
export function filterEntries(
  entries: readonly DebugEntry[],
  filter: DebugFilter,
  textOf: (entry: DebugEntry) => string,
): DebugEntry[] {
  const needle = filter.text.trim().toLowerCase();
  return entries.filter(
    (entry) =>
      filter.kinds.has(entry.kind) &&
      (needle === '' || textOf(entry).toLowerCase().includes(needle)),
  );
}

/** Counts entries of each kind, for the filter checkboxes. */
export function countByKind(entries: readonly DebugEntry[]): Record<DebugKind, number> {
  const counts: Record<DebugKind, number> = { event: 0, warning: 0, error: 0, metrics: 0 };
  for (const entry of entries) counts[entry.kind]++;
  return counts;
}
