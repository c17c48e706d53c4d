import { describe, expect, it } from 'vitest';
import {
  appendEntries,
  countByKind,
  emptyDebugLog,
  filterEntries,
  type DebugEntry,
  type DebugEntryDraft,
  type DebugKind,
} from '../../../src/ui/debug/debug-log';

const draft = (kind: DebugKind, text: string, nodeId: string | null = null): DebugEntryDraft => ({
  kind,
  nodeId,
  message: { key: 'diagnostic', values: { message: text } },
});

const textOf = (entry: DebugEntry) => `${entry.message.values.message} ${entry.nodeId ?? ''}`;
const texts = (entries: readonly DebugEntry[]) => entries.map((e) => e.message.values.message);

describe('appendEntries', () => {
  it('stamps drafts with sequence numbers and the time', () => {
    const log = appendEntries(emptyDebugLog(), [draft('event', 'a'), draft('error', 'b')], 1000);

    expect(log.entries).toEqual([
      { ...draft('event', 'a'), seq: 0, time: 1000 },
      { ...draft('error', 'b'), seq: 1, time: 1000 },
    ]);
    expect(log.nextSeq).toBe(2);
    expect(log.dropped).toBe(0);
  });

  it('keeps only the last entries over capacity', () => {
    let log = appendEntries(emptyDebugLog(), [draft('event', 'a'), draft('event', 'b')], 1, 3);
    log = appendEntries(log, [draft('event', 'c'), draft('event', 'd'), draft('event', 'e')], 2, 3);

    expect(texts(log.entries)).toEqual(['c', 'd', 'e']);
    expect(log.entries.map((e) => e.seq)).toEqual([2, 3, 4]);
    expect(log.dropped).toBe(2);
    expect(log.nextSeq).toBe(5);
  });

  it('leaves the given log unchanged', () => {
    const first = appendEntries(emptyDebugLog(), [draft('event', 'a')], 1, 1);
    const second = appendEntries(first, [draft('event', 'b')], 2, 1);

    expect(texts(first.entries)).toEqual(['a']);
    expect(texts(second.entries)).toEqual(['b']);
  });

  it('returns the same log for no drafts', () => {
    const log = appendEntries(emptyDebugLog(), [draft('event', 'a')], 1);
    expect(appendEntries(log, [], 2)).toBe(log);
  });

  it('holds 500 entries by default', () => {
    const drafts = Array.from({ length: 501 }, (_, i) => draft('metrics', String(i)));
    const log = appendEntries(emptyDebugLog(), drafts, 1);

    expect(log.entries.length).toBe(500);
    expect(log.entries[0].message.values.message).toBe('1');
    expect(log.dropped).toBe(1);
  });
});

describe('filterEntries', () => {
  const log = appendEntries(
    emptyDebugLog(),
    [
      draft('event', 'Training started'),
      draft('error', 'Dense has no input', 'g_dense'),
      draft('warning', 'Unused node', 'dropout-1'),
      draft('metrics', 'Step 3'),
    ],
    1,
  );
  const all = new Set<DebugKind>(['event', 'warning', 'error', 'metrics']);

  it('keeps the chosen kinds', () => {
    const kinds = new Set<DebugKind>(['error', 'warning']);
    const matches = filterEntries(log.entries, { kinds, text: '' }, textOf);
    expect(texts(matches)).toEqual(['Dense has no input', 'Unused node']);
  });

  it('matches text without regard to case', () => {
    const matches = filterEntries(log.entries, { kinds: all, text: '  dense ' }, textOf);
    expect(texts(matches)).toEqual(['Dense has no input']);
  });

  it('matches the node id through textOf', () => {
    const matches = filterEntries(log.entries, { kinds: all, text: 'dropout-1' }, textOf);
    expect(texts(matches)).toEqual(['Unused node']);
  });

  it('combines kind and text', () => {
    const matches = filterEntries(log.entries, { kinds: new Set(['event']), text: 'dense' }, textOf);
    expect(matches).toEqual([]);
  });

  it('counts entries by kind', () => {
    expect(countByKind(log.entries)).toEqual({ event: 1, warning: 1, error: 1, metrics: 1 });
  });
});
