import { createRoot } from 'react-dom/client';
import { NodeEditor } from 'rete';
import { AreaExtensions, AreaPlugin } from 'rete-area-plugin';
import { ConnectionPlugin, Presets as ConnectionPresets } from 'rete-connection-plugin';
import { Presets, ReactPlugin } from 'rete-react-plugin';
import { analyzeGraph } from '../../graph/analyze';
import type { EditorView, Graph } from '../../schema/preset';
import { ConnectionView, SocketView } from '../node-view/editor-parts';
import { createNodeView, type NodeViewContext } from '../node-view/node-view';
import { BatchedSocketPosition } from './batched-socket-position';
import { setupBoxSelect } from './box-select';
import { followAreaWithGrid } from './canvas-grid';
import { rejectCycleMessage } from './cycle-guard';
import { setupContextMenu } from './editor-context-menu';
import { setupEditorHistory } from './editor-history';
import { setupEditGuard, type EditGuard } from './edit-guard';
import { createEditingCommands, type EditingCommands } from './editing-commands';
import { createEditorMessage } from './editor-message';
import { setupEditorMinimap } from './editor-minimap';
import type { AreaExtra, GanvasNode, Schemes } from './ganvas-node';
import { exportGraph, loadGraph } from './graph-io';
import { setupNetworkFrames } from './network-frames';
import { renameNode } from './node-commands';
import { highlightFittingSockets } from '../wiring/socket-highlight';
import { rejectWiringMessage } from '../wiring/wiring-guard';
import { setupNodeSelection } from './node-selection';
import { watchSelection } from './selection-store';
import type { Store } from '../store/external-store';

/** Zoom factors outside this range are rejected, because nodes become unreadable or blurred. */
const ZOOM_RANGE = { min: 0.1, max: 2 };

/** The editor on one canvas, with the commands the rest of the UI needs. */
export interface GanvasEditor extends EditingCommands {
  editor: NodeEditor<Schemes>;
  area: AreaPlugin<Schemes, AreaExtra>;
  /** Replaces the graph and shows it at `view`, or zoomed to fit when there is none. */
  load(graph: Graph, view?: EditorView): Promise<void>;
  exportGraph(): Graph;
  /** Converts a pointer event's client coordinates to canvas coordinates. */
  canvasPoint(event: MouseEvent): { x: number; y: number };
  /** The canvas point at the middle of the visible area. */
  viewCentre(): { x: number; y: number };
  /** Shows a short message at the top of the canvas. */
  showMessage(text: string): void;
  /** Undoes the last edit: a node or connection added or removed, a move, params or a label. */
  undo(): Promise<void>;
  redo(): Promise<void>;
  zoomToFit(): Promise<void>;
  /** Selects a node and centres the view on it. */
  showNode(nodeId: string): Promise<void>;
  /** Sets the guard asked before each edit, such as while training runs, or removes it. */
  setEditGuard(guard: EditGuard | null): void;
  /** Ids of the selected nodes, republished on every change. */
  selection: Store<readonly string[]>;
  /** Selects only `nodeId`, or nothing when it is null, without moving the view. */
  selectNode(nodeId: string | null): Promise<void>;
  /** Sets a node's params as an undoable edit, as its node view does, and analyzes again. */
  setParams(nodeId: string, params: Record<string, unknown>): void;
  /** Renames a node as an undoable edit; an empty label restores the type title. */
  rename(nodeId: string, label: string): Promise<void>;
  /** Unmounts every node view and removes the editor's elements from the container. */
  destroy(): void;
}

/**
 * Creates a Rete editor in `container`, rendered with React, where nodes can be dragged,
 * selected and wired. The graph is analyzed after every structural or parameter edit and the
 * result published to `context.analysis`, which the node views read.
 */
export function createGanvasEditor(
  container: HTMLElement,
  context: Omit<NodeViewContext, 'onParamsChange'>,
): GanvasEditor {
  const editor = new NodeEditor<Schemes>();
  const area = new AreaPlugin<Schemes, AreaExtra>(container);
  const connection = new ConnectionPlugin<Schemes, AreaExtra>();
  const render = new ReactPlugin<Schemes, AreaExtra>({ createRoot });

  let batchDepth = 0;
  const analyze = () => {
    if (batchDepth === 0) context.analysis.set(analyzeGraph(exportGraph(editor, area)));
  };

  const editGuard = setupEditGuard(editor, area, () => batchDepth > 0);
  const NodeView = createNodeView({
    ...context,
    onParamsChange(node, previous) {
      if (!editGuard.checkParams(node, previous)) return;
      history.recordParams(node, previous);
      analyze();
    },
  });
  render.addPreset(
    Presets.classic.setup({
      socketPositionWatcher: new BatchedSocketPosition<Schemes, AreaExtra>(),
      customize: {
        node: () => NodeView,
        socket: () => SocketView,
        connection: () => ConnectionView,
      },
    }),
  );
  connection.addPreset(ConnectionPresets.classic.setup());
  highlightFittingSockets(connection, editor, container);

  editor.use(area);
  area.use(connection);
  area.use(render);
  const history = setupEditorHistory(editor, area, {
    applyParams(node, params) {
      const previous = node.params;
      node.params = params;
      if (!editGuard.checkParams(node, previous)) return;
      void area.update('node', node.id);
      analyze();
    },
    async applyLabel(node, label) {
      await renameNode(area, node, label ?? '');
      analyze();
    },
  });
  setupEditorMinimap(area, render);
  const renameWithHistory = async (node: GanvasNode, label: string) => {
    const previous = node.customLabel;
    await renameNode(area, node, label);
    history.recordLabel(node, previous);
    analyze();
  };
  setupContextMenu(area, render, () => commands, renameWithHistory);
  AreaExtensions.simpleNodesOrder(area);
  const selection = setupNodeSelection(editor, area);
  const stopBoxSelect = setupBoxSelect(area, selection);
  const stopFrames = setupNetworkFrames(area, context.analysis);
  const stopGrid = followAreaWithGrid(area, container);
  const selected = watchSelection(editor, area);

  const message = createEditorMessage(container);
  editor.addPipe((signal) => {
    if (signal.type !== 'connectioncreate') return signal;
    if (hasSameConnection(editor, signal.data)) return;
    // A loaded file keeps its cycles, so the analyzer reports them on the nodes instead of the
    // load dropping connections without a trace.
    const rejection =
      batchDepth === 0
        ? (rejectCycleMessage(editor, signal.data) ?? rejectWiringMessage(editor, signal.data))
        : null;
    if (rejection) {
      message.show(rejection);
      return;
    }
    return signal;
  });
  editor.addPipe((signal) => {
    const structural = ['nodecreated', 'noderemoved', 'connectioncreated', 'connectionremoved'];
    if (structural.includes(signal.type)) analyze();
    return signal;
  });
  area.addPipe((signal) => {
    if (signal.type !== 'zoom') return signal;
    if (signal.data.zoom < ZOOM_RANGE.min || signal.data.zoom > ZOOM_RANGE.max) return;
    return signal;
  });

  const canvasPoint = (event: MouseEvent) => {
    area.area.setPointerFrom(event);
    return { ...area.area.pointer };
  };

  const zoomToFit = () => AreaExtensions.zoomAt(area, editor.getNodes(), { scale: 0.92 });
  const commands = createEditingCommands({
    editor,
    area,
    history,
    selection,
    analysis: context.analysis,
    zoomToFit,
  });

  return {
    ...commands,
    editor,
    area,
    async load(graph, view) {
      batchDepth++;
      try {
        await loadGraph(editor, area, graph);
      } finally {
        batchDepth--;
      }
      history.clear();
      analyze();
      if (view) {
        await area.area.zoom(view.zoom, 0, 0);
        await area.area.translate(view.x, view.y);
      } else {
        await zoomToFit();
      }
    },
    exportGraph: () => exportGraph(editor, area),
    canvasPoint,
    viewCentre() {
      const { x, y, k } = area.area.transform;
      return { x: (container.clientWidth / 2 - x) / k, y: (container.clientHeight / 2 - y) / k };
    },
    undo: async () => {
      if (editGuard.allowHistoryStep()) await history.undo();
    },
    redo: async () => {
      if (editGuard.allowHistoryStep()) await history.redo();
    },
    showMessage: (text) => message.show(text),
    zoomToFit,
    async showNode(nodeId) {
      if (!editor.getNode(nodeId)) return;
      await selection.select(nodeId, false);
      await AreaExtensions.zoomAt(area, [nodeId], { scale: 0.5 });
    },
    setEditGuard: (guard) => editGuard.set(guard),
    selection: selected,
    async selectNode(nodeId) {
      await selection.set(nodeId === null ? [] : [nodeId]);
    },
    setParams(nodeId, params) {
      const node = editor.getNode(nodeId);
      if (!node) return;
      const previous = node.params;
      node.params = params;
      if (!editGuard.checkParams(node, previous)) return;
      void area.update('node', nodeId);
      history.recordParams(node, previous);
      analyze();
    },
    async rename(nodeId, label) {
      const node = editor.getNode(nodeId);
      if (node) await renameWithHistory(node, label);
    },
    destroy() {
      stopGrid();
      stopBoxSelect();
      stopFrames();
      message.destroy();
      selection.destroy();
      area.destroy();
      area.area.content.holder.remove();
    },
  };
}

function hasSameConnection(editor: NodeEditor<Schemes>, candidate: Schemes['Connection']): boolean {
  return editor
    .getConnections()
    .some(
      (c) =>
        c.source === candidate.source &&
        c.sourceOutput === candidate.sourceOutput &&
        c.target === candidate.target &&
        c.targetInput === candidate.targetInput,
    );
}
