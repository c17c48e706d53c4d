import type { Graph } from '../../schema/preset';
import type { GanvasArea, GanvasNode, GanvasNodeEditor } from './ganvas-node';
import { exportGraph } from './graph-io';

/** Decides which edits of the graph may go ahead, for example while training runs. */
export interface EditGuard {
  /**
   * Returns false, after telling the user why, when a node or a connection may not be added or
   * removed, or when an undo or redo, which may do either, may not run.
   */
  allowStructuralEdit(changed: 'nodes' | 'connections' | 'history'): boolean;
  /**
   * Returns false, after telling the user why, when the parameter edit from `before` to `after`
   * may not stay. Called after the edit, which is undone on false.
   */
  allowParamsEdit(before: Graph, after: Graph): boolean;
}

/** The editor's side of an EditGuard: the guard in use and the parameter check. */
export interface EditGuardSlot {
  set(guard: EditGuard | null): void;
  /** Asks the guard whether an undo or redo may run now. */
  allowHistoryStep(): boolean;
  /**
   * Asks the guard about the change of `node.params` from `previous`. On false the node has
   * its previous params back and is rendered again.
   */
  checkParams(node: GanvasNode, previous: Record<string, unknown>): boolean;
}

const STRUCTURAL_SIGNALS = ['nodecreate', 'noderemove', 'connectioncreate', 'connectionremove'];

/**
 * Lets a guard reject edits of `editor`. Adding or removing a node or a connection calls
 * `allowStructuralEdit` first, except while `isLoading` returns true, because a whole graph
 * being loaded is not an edit of the one on screen.
 */
export function setupEditGuard(
  editor: GanvasNodeEditor,
  area: GanvasArea,
  isLoading: () => boolean,
): EditGuardSlot {
  let guard: EditGuard | null = null;
  editor.addPipe((signal) => {
    if (!guard || isLoading() || !STRUCTURAL_SIGNALS.includes(signal.type)) return signal;
    const changed = signal.type.startsWith('node') ? 'nodes' : 'connections';
    return guard.allowStructuralEdit(changed) ? signal : undefined;
  });

  return {
    set(next) {
      guard = next;
    },
    // rete-history-plugin moves a step to the other stack even when the editor rejects it, and
    // a redo of a step whose undo was rejected throws, so the whole step is asked about first.
    allowHistoryStep: () => !guard || guard.allowStructuralEdit('history'),
    checkParams(node, previous) {
      if (!guard) return true;
      const after = exportGraph(editor, area);
      const before = {
        ...after,
        nodes: after.nodes.map((n) => (n.id === node.id ? { ...n, params: structuredClone(previous) } : n)),
      };
      if (guard.allowParamsEdit(before, after)) return true;
      node.params = previous;
      void area.update('node', node.id);
      return false;
    },
  };
}
