import type { Diagnostic } from '../../graph/diagnostics';
import type { DebugEntryDraft } from './debug-log';

const keyOf = (d: Diagnostic) => `${d.nodeId ?? ''}\u0000${d.code}\u0000${d.message}`;

/**
 * Returns entries for the diagnostics that are not in `loggedKeys`, and the keys of all of
 * `diagnostics` to pass next time. A diagnostic that goes away and comes back is logged again.
 */
export function describeNewDiagnostics(
  loggedKeys: ReadonlySet<string>,
  diagnostics: readonly Diagnostic[],
): { drafts: DebugEntryDraft[]; keys: Set<string> } {
  const keys = new Set<string>();
  const drafts: DebugEntryDraft[] = [];
  for (const diagnostic of diagnostics) {
    const key = keyOf(diagnostic);
    if (keys.has(key)) continue;
    keys.add(key);
    if (loggedKeys.has(key)) continue;
    drafts.push({
      kind: diagnostic.severity,
      nodeId: diagnostic.nodeId,
      message: {
        key: 'diagnostic',
        values: { message: diagnostic.message, messageRu: diagnostic.messageRu ?? diagnostic.message },
      },
    });
  }
  return { drafts, keys };
}
