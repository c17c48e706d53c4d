import { createRoot } from 'react-dom/client';
import { NodeEditor } from 'rete';
import { AreaExtensions, AreaPlugin } from 'rete-area-plugin';
import { ConnectionPlugin, Presets as ConnectionPresets } from 'rete-connection-plugin';
import { Presets, ReactPlugin } from 'rete-react-plugin';
import { analyzeGraph } from '../../graph/analyze';
import type { EditorView, Graph } from '../../schema/preset';
import { ConnectionView, SocketView } from '../node-view/editor-parts';
import { createNodeView, type NodeViewContext } from '../node-view/node-view';
import { followAreaWithGrid } from './canvas-grid';
import { rejectCycleMessage } from './cycle-guard';
import { setupContextMenu } from './editor-context-menu';
import { setupEditorHistory } from './editor-history';
import { createEditorMessage } from './editor-message';
import { setupEditorMinimap } from './editor-minimap';
import { GanvasNode, nextNodeId, type AreaExtra, type Schemes } from './ganvas-node';
import { exportGraph, loadGraph } from './graph-io';
import { renameNode } from './node-commands';
import { watchSelection } from './selection-store';
import type { Store } from '../store/external-store';

/** Zoom factors outside this range are rejected, because nodes become unreadable or blurred. */
const ZOOM_RANGE = { min: 0.1, max: 2 };

/** The editor on one canvas, with the commands the rest of the UI needs. */
export interface GanvasEditor {
  editor: NodeEditor<Schemes>;
  area: AreaPlugin<Schemes, AreaExtra>;
  /** Replaces the graph and shows it at `view`, or zoomed to fit when there is none. */
  load(graph: Graph, view?: EditorView): Promise<void>;
  exportGraph(): Graph;
  /** Adds a node with default parameters, centred at `position` in canvas coordinates. */
  addNode(type: string, position: { x: number; y: number }): Promise<GanvasNode>;
  /** Converts a pointer event's client coordinates to canvas coordinates. */
  canvasPoint(event: MouseEvent): { x: number; y: number };
  /** The canvas point at the middle of the visible area. */
  viewCentre(): { x: number; y: number };
  /** Removes the selected nodes and every connection to or from them. */
  deleteSelected(): Promise<void>;
  /** Undoes the last edit: a node or connection added or removed, a move, params or a label. */
  undo(): Promise<void>;
  redo(): Promise<void>;
  zoomToFit(): Promise<void>;
  /** Selects a node and centres the view on it. */
  showNode(nodeId: string): Promise<void>;
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

  const NodeView = createNodeView({
    ...context,
    onParamsChange(node, previous) {
      history.recordParams(node, previous);
      analyze();
    },
  });
  render.addPreset(
    Presets.classic.setup({
      customize: {
        node: () => NodeView,
        socket: () => SocketView,
        connection: () => ConnectionView,
      },
    }),
  );
  connection.addPreset(ConnectionPresets.classic.setup());

  editor.use(area);
  area.use(connection);
  area.use(render);
  const history = setupEditorHistory(editor, area, {
    applyParams(node, params) {
      node.params = params;
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
  setupContextMenu(editor, area, render, renameWithHistory);
  AreaExtensions.simpleNodesOrder(area);
  const accumulating = AreaExtensions.accumulateOnCtrl();
  const selector = AreaExtensions.selector();
  const selection = AreaExtensions.selectableNodes(area, selector, { accumulating });
  const stopGrid = followAreaWithGrid(area, container);
  const selected = watchSelection(editor, area);

  const message = createEditorMessage(container);
  editor.addPipe((signal) => {
    if (signal.type !== 'connectioncreate') return signal;
    if (hasSameConnection(editor, signal.data)) return;
    // A loaded file keeps its cycles, so the analyzer reports them on the nodes instead of the
    // load dropping connections without a trace.
    const rejection = batchDepth === 0 ? rejectCycleMessage(editor, signal.data) : null;
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

  return {
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
    async addNode(type, position) {
      const node = new GanvasNode(nextNodeId(editor, type), type, {});
      await editor.addNode(node);
      const height = area.nodeViews.get(node.id)?.element.clientHeight ?? 0;
      await area.translate(node.id, { x: position.x - node.width / 2, y: position.y - height / 2 });
      return node;
    },
    canvasPoint,
    viewCentre() {
      const { x, y, k } = area.area.transform;
      return { x: (container.clientWidth / 2 - x) / k, y: (container.clientHeight / 2 - y) / k };
    },
    async deleteSelected() {
      const selected = editor.getNodes().filter((node) => node.selected);
      for (const node of selected) {
        // Rete removes a node but not its connections, which would then point at nothing.
        for (const c of editor.getConnections()) {
          if (c.source === node.id || c.target === node.id) await editor.removeConnection(c.id);
        }
        await editor.removeNode(node.id);
      }
    },
    undo: () => history.undo(),
    redo: () => history.redo(),
    zoomToFit,
    async showNode(nodeId) {
      if (!editor.getNode(nodeId)) return;
      await selection.select(nodeId, false);
      await AreaExtensions.zoomAt(area, [nodeId], { scale: 0.5 });
    },
    selection: selected,
    async selectNode(nodeId) {
      if (nodeId === null) await selector.unselectAll();
      else await selection.select(nodeId, false);
    },
    setParams(nodeId, params) {
      const node = editor.getNode(nodeId);
      if (!node) return;
      const previous = node.params;
      node.params = params;
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
      message.destroy();
      accumulating.destroy();
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
