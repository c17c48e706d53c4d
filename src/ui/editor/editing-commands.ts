import type { GraphAnalysis } from '../../graph/analyze';
import { arrangeLayered } from '../../graph/layered-layout';
import { assignNetworks, type Box } from '../../graph/network-groups';
import { extractSubgraph, renumberSubgraph } from '../../graph/subgraph';
import type { Graph } from '../../schema/preset';
import type { Store } from '../store/external-store';
import type { EditorHistory } from './editor-history';
import type { GanvasArea, GanvasNode, GanvasNodeEditor } from './ganvas-node';
import { addGraph, exportGraph } from './graph-io';
import { addNodeAt, disconnectNode, removeNodeWithConnections } from './node-commands';
import type { NodeSelection } from './node-selection';

/** How far each paste of the same nodes lands from the last, in canvas pixels, right and down. */
export const PASTE_OFFSET = 40;

/** Commands on the selected nodes and on the whole layout. Each is one undo step. */
export interface EditingCommands {
  /** Adds a node with default parameters, centred at `position` in canvas coordinates. */
  addNode(type: string, position: { x: number; y: number }): Promise<GanvasNode>;
  /** Ids of the selected nodes. */
  selectedIds(): string[];
  /** Makes `nodeIds` the selection. */
  selectNodes(nodeIds: readonly string[]): Promise<void>;
  /** Returns the selected nodes with the connections between them, or null when none is selected. */
  copySelection(): Graph | null;
  /**
   * Adds a copy of `piece` with fresh ids, moved right and down by `offset` times PASTE_OFFSET,
   * and selects it. A copy that would land wholly outside the view is moved to its middle.
   * Returns the new ids.
   */
  pasteGraph(piece: Graph, offset?: number): Promise<string[]>;
  /** Pastes a copy of the nodes with the connections between them, and selects the copy. */
  duplicateNodes(nodeIds: readonly string[]): Promise<string[]>;
  /** Duplicates the selection when it contains `nodeId`, else that node alone. */
  duplicateFrom(nodeId: string): Promise<string[]>;
  /** Removes the nodes with their connections. */
  deleteNodes(nodeIds: readonly string[]): Promise<void>;
  /** Removes the selected nodes with their connections. */
  deleteSelected(): Promise<void>;
  /** Removes every connection to or from the node. */
  disconnectNode(nodeId: string): Promise<void>;
  /** Places the generator and the discriminator left to right in layers, then fits the view. */
  arrange(): Promise<void>;
}

/** The editor parts that the commands use. */
export interface EditingContext {
  editor: GanvasNodeEditor;
  area: GanvasArea;
  history: EditorHistory;
  selection: NodeSelection;
  /** The last analysis of the graph, which contains the network of each node. */
  analysis: Store<GraphAnalysis>;
  zoomToFit(): Promise<void>;
}

/** Creates the selection, clipboard and layout commands of one editor. */
export function createEditingCommands(context: EditingContext): EditingCommands {
  const { editor, area, history, selection } = context;

  const networks = () =>
    new Map([...context.analysis.get().nodes].map(([id, analysis]) => [id, analysis.network]));

  const pasteGraph = async (piece: Graph, offset = 1) => {
    const shift = placePaste(piece, offset, visibleArea(area));
    const usedIds = editor.getNodes().map((node) => node.id);
    const copy = renumberSubgraph(piece, usedIds, shift);
    // Clearing first also releases the picked node, which would drag the selection along.
    await selection.set([]);
    await history.transact(() => addGraph(editor, area, copy));
    const ids = copy.nodes.map((node) => node.id);
    await selection.set(ids);
    return ids;
  };

  const duplicateNodes = async (nodeIds: readonly string[]) => {
    const piece = extractSubgraph(exportGraph(editor, area), nodeIds);
    if (piece.nodes.length === 0) return [];
    return pasteGraph(piece);
  };

  const deleteNodes = async (nodeIds: readonly string[]) => {
    if (nodeIds.length === 0) return;
    await history.transact(async () => {
      for (const id of nodeIds) await removeNodeWithConnections(editor, id);
    });
  };

  return {
    // Adding and placing are two history actions, which a slow render could split in two.
    addNode: (type, position) => history.transact(() => addNodeAt(editor, area, type, position)),
    selectedIds: () => selection.ids(),
    selectNodes: (nodeIds) => selection.set(nodeIds),
    copySelection() {
      const ids = selection.ids();
      if (ids.length === 0) return null;
      return extractSubgraph(exportGraph(editor, area), ids);
    },
    pasteGraph,
    duplicateNodes,
    duplicateFrom(nodeId) {
      const selected = selection.ids();
      return duplicateNodes(selected.includes(nodeId) ? selected : [nodeId]);
    },
    deleteNodes,
    deleteSelected: () => deleteNodes(selection.ids()),
    disconnectNode: (nodeId) => history.transact(() => disconnectNode(editor, nodeId)),
    async arrange() {
      const graph = exportGraph(editor, area);
      if (graph.nodes.length === 0) return;
      const sizes = new Map(
        editor.getNodes().map((node) => {
          const element = area.nodeViews.get(node.id)?.element;
          return [node.id, { width: node.width, height: element?.clientHeight ?? 0 }];
        }),
      );
      const positions = arrangeLayered(graph, sizes, assignNetworks(graph, networks()));
      const moves = [...positions].filter(([id, { x, y }]) => {
        const current = area.nodeViews.get(id)?.position;
        return current?.x !== x || current?.y !== y;
      });
      await history.transact(async () => {
        for (const [id, position] of moves) await area.translate(id, position);
      });
      await context.zoomToFit();
    },
  };
}

/** Returns the part of the canvas on screen, in canvas coordinates. */
function visibleArea(area: GanvasArea): Box {
  const { x, y, k } = area.area.transform;
  const { clientWidth, clientHeight } = area.container;
  return { x: -x / k, y: -y / k, width: clientWidth / k, height: clientHeight / k };
}

/**
 * Returns how far to move pasted nodes: PASTE_OFFSET times `offset` right and down, unless
 * that leaves every node outside `view`, as for nodes copied in another tab or far away. Then
 * the nodes' top-left corner goes to the middle of the view.
 */
function placePaste(piece: Graph, offset: number, view: Box): { x: number; y: number } {
  const shift = { x: PASTE_OFFSET * offset, y: PASTE_OFFSET * offset };
  if (piece.nodes.length === 0) return shift;
  const onScreen = piece.nodes.some(({ position }) => {
    const x = position.x + shift.x;
    const y = position.y + shift.y;
    return x >= view.x && x < view.x + view.width && y >= view.y && y < view.y + view.height;
  });
  if (onScreen) return shift;
  const left = Math.min(...piece.nodes.map((node) => node.position.x));
  const top = Math.min(...piece.nodes.map((node) => node.position.y));
  return { x: view.x + view.width / 2 - left, y: view.y + view.height / 2 - top };
}
