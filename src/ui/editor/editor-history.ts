import { HistoryPlugin, Presets as HistoryPresets, type HistoryAction } from 'rete-history-plugin';
import type { GanvasArea, GanvasNode, GanvasNodeEditor, Schemes } from './ganvas-node';

/** Parameter edits of one node closer together than this, in milliseconds, undo as one step. */
const PARAMS_MERGE_MS = 1000;

/** Undo and redo for the editor: nodes, connections, moves, parameter values and labels. */
export interface EditorHistory {
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Records that `node.params` changed from `previous` to the node's current params. */
  recordParams(node: GanvasNode, previous: Record<string, unknown>): void;
  /** Records that the node's label changed from `previous` to `node.customLabel`. */
  recordLabel(node: GanvasNode, previous: string | undefined): void;
  /**
   * Runs `change` and records every edit it makes as one step, which one undo takes back.
   * A transaction inside another joins the outer one.
   */
  transact<T>(change: () => Promise<T>): Promise<T>;
  /** Forgets every step, as after loading a graph. */
  clear(): void;
}

/** Callbacks that set a node's params or label, re-render it and analyze the graph again. */
export interface HistoryAppliers {
  applyParams(node: GanvasNode, params: Record<string, unknown>): void;
  applyLabel(node: GanvasNode, label: string | undefined): void;
}

class ParamsChangeAction implements HistoryAction {
  recordedAt = Date.now();

  constructor(
    readonly editor: GanvasNodeEditor,
    readonly nodeId: string,
    readonly previous: Record<string, unknown>,
    public next: Record<string, unknown>,
    readonly apply: HistoryAppliers['applyParams'],
  ) {}

  async undo() {
    this.set(this.previous);
  }

  async redo() {
    this.set(this.next);
  }

  // The node is looked up by id because an undone removal may have brought it back.
  private set(params: Record<string, unknown>) {
    const node = this.editor.getNode(this.nodeId);
    if (node) this.apply(node, structuredClone(params));
  }
}

/** Several actions that undo in reverse order and redo in order, as one step. */
class CompositeAction implements HistoryAction {
  constructor(readonly actions: readonly HistoryAction[]) {}

  async undo() {
    for (const action of [...this.actions].reverse()) await action.undo();
  }

  async redo() {
    for (const action of this.actions) await action.redo();
  }
}

/**
 * The history plugin, able to gather the actions of a transaction into one. The plugin alone
 * joins actions that come less than 200 ms apart, so a paste of many nodes could split in two.
 */
class TransactionHistoryPlugin extends HistoryPlugin<Schemes, HistoryAction> {
  private pending: HistoryAction[] | null = null;

  add(action: HistoryAction) {
    if (this.pending) this.pending.push(action);
    else super.add(action);
  }

  async transact<T>(change: () => Promise<T>): Promise<T> {
    if (this.pending) return change();
    this.pending = [];
    try {
      return await change();
    } finally {
      const actions = this.pending;
      this.pending = null;
      if (actions.length > 0) {
        // Separated on both sides, so undo neither joins the step before nor the one after.
        this.separate();
        super.add(new CompositeAction(actions));
        this.separate();
      }
    }
  }
}

/**
 * Adds rete-history-plugin to `area`, tracking added and removed nodes and connections and node
 * moves, plus parameter edits recorded through `recordParams`. Must run after the area is
 * attached to the editor.
 */
export function setupEditorHistory(
  editor: GanvasNodeEditor,
  area: GanvasArea,
  appliers: HistoryAppliers,
): EditorHistory {
  const history = new TransactionHistoryPlugin();
  history.addPreset(HistoryPresets.classic.setup());
  area.use(history);

  return {
    undo: () => history.undo(),
    redo: () => history.redo(),
    recordParams(node, previous) {
      const next = structuredClone(node.params);
      const last = history.getHistorySnapshot().at(-1)?.action;
      const now = Date.now();
      if (
        last instanceof ParamsChangeAction &&
        last.nodeId === node.id &&
        now - last.recordedAt < PARAMS_MERGE_MS
      ) {
        // Each keystroke in a number field is an edit, and undo should take back the value.
        last.next = next;
        last.recordedAt = now;
        return;
      }
      const action = new ParamsChangeAction(
        editor,
        node.id,
        structuredClone(previous),
        next,
        appliers.applyParams,
      );
      history.add(action);
    },
    recordLabel(node, previous) {
      const next = node.customLabel;
      const set = (label: string | undefined) => {
        const current = editor.getNode(node.id);
        if (current) appliers.applyLabel(current, label);
      };
      history.add({ undo: async () => set(previous), redo: async () => set(next) });
    },
    transact: (change) => history.transact(change),
    clear: () => history.clear(),
  };
}
