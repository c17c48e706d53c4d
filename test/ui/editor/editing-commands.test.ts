import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../../src/graph/analyze';
import { extractSubgraph } from '../../../src/graph/subgraph';
import type { Graph } from '../../../src/schema/preset';
import { createEditingCommands } from '../../../src/ui/editor/editing-commands';
import { setupEditorHistory } from '../../../src/ui/editor/editor-history';
import { GanvasNode } from '../../../src/ui/editor/ganvas-node';
import { addGraph, exportGraph } from '../../../src/ui/editor/graph-io';
import type { NodeSelection } from '../../../src/ui/editor/node-selection';
import { createStore } from '../../../src/ui/store/external-store';
import { mlpGan, wire } from '../../support/graphs';
import { createFakeEditor } from './fake-area';

/** Creates a selection kept in a list, as the area's selector would keep it. */
function listSelection(): NodeSelection & { list: string[] } {
  const selection = {
    list: [] as string[],
    ids: () => selection.list,
    async select(nodeId: string, accumulate: boolean) {
      selection.list = accumulate ? [...selection.list, nodeId] : [nodeId];
    },
    async set(nodeIds: readonly string[]) {
      selection.list = [...nodeIds];
    },
    accumulating: () => false,
    destroy() {},
  };
  return selection;
}

/**
 * Loads the MLP GAN, spread out so that no two nodes share a position. The fake area shows
 * the canvas from (0, 0) to (4000, 1000).
 */
async function setup() {
  const { editor, area } = createFakeEditor();
  const history = setupEditorHistory(editor, area, { applyParams() {}, applyLabel() {} });
  const graph = mlpGan();
  graph.nodes.forEach((node, index) => (node.position = { x: index * 250, y: 0 }));
  await addGraph(editor, area, graph);
  history.clear();
  const selection = listSelection();
  const commands = createEditingCommands({
    editor,
    area,
    history,
    selection,
    analysis: createStore(analyzeGraph(graph)),
    zoomToFit: async () => {},
  });
  return { editor, area, history, selection, commands, graph: exportGraph(editor, area) };
}

const ids = (graph: Graph) => graph.nodes.map((node) => node.id);

describe('editing commands', () => {
  it('duplicates three nodes with their two wires', async () => {
    const { editor, area, commands, selection } = await setup();
    // latent -> g1 is external; g1 -> g2 -> g3 are internal.
    const before = exportGraph(editor, area);

    const added = await commands.duplicateNodes(['g1', 'g2', 'g3']);

    const after = exportGraph(editor, area);
    expect(added).toEqual(['dense-1', 'activation-1', 'dense-2']);
    expect(after.nodes).toHaveLength(before.nodes.length + 3);
    expect(after.connections).toHaveLength(before.connections.length + 2);
    expect(after.connections.slice(-2)).toEqual([
      wire('dense-1', 'activation-1'),
      wire('activation-1', 'dense-2'),
    ]);
    expect(after.nodes.find((n) => n.id === 'dense-1')!.position).toEqual({ x: 290, y: 40 });
    expect(selection.list).toEqual(added);
  });

  it('undoes a paste in one step', async () => {
    const { editor, area, history, commands, graph } = await setup();
    const piece = extractSubgraph(graph, ['g1', 'g2', 'g3']);

    await commands.pasteGraph(piece);
    const pasted = exportGraph(editor, area);
    await history.undo();

    expect(exportGraph(editor, area)).toEqual(graph);
    await history.redo();
    expect(exportGraph(editor, area)).toEqual(pasted);
  });

  it('keeps a paste apart from the next edit', async () => {
    const { editor, area, history, commands, graph } = await setup();
    await commands.pasteGraph(extractSubgraph(graph, ['g1']));
    const pasted = exportGraph(editor, area);

    // Within the history plugin's 200 ms, which would otherwise join the two edits.
    await editor.addNode(new GanvasNode('extra', 'dropout', {}));
    await area.translate('extra', { x: 1, y: 1 });
    await history.undo();

    expect(exportGraph(editor, area)).toEqual(pasted);
    await history.undo();
    expect(exportGraph(editor, area)).toEqual(graph);
  });

  it('pastes far nodes into the view', async () => {
    const { area, commands, graph } = await setup();
    const piece = extractSubgraph(graph, ['g1', 'g2']);
    piece.nodes[0].position = { x: 9000, y: 9000 };
    piece.nodes[1].position = { x: 9300, y: 9100 };

    const added = await commands.pasteGraph(piece);

    // The top-left corner (9000, 9000) goes to the middle of the view, (2000, 500).
    expect(added).toEqual(['dense-1', 'activation-1']);
    expect(area.nodeViews.get('dense-1')!.position).toEqual({ x: 2000, y: 500 });
    expect(area.nodeViews.get('activation-1')!.position).toEqual({ x: 2300, y: 600 });
  });

  it('copies only the selection', async () => {
    const { commands, selection } = await setup();
    expect(commands.copySelection()).toBe(null);

    selection.list = ['d1', 'd2', 'dataset'];
    const copy = commands.copySelection()!;

    expect(ids(copy)).toEqual(['d1', 'd2', 'dataset']);
    expect(copy.connections).toEqual([wire('d1', 'd2'), wire('dataset', 'd1')]);
  });

  it('duplicates the selection from a selected node', async () => {
    const { commands, selection } = await setup();
    selection.list = ['g1', 'g2'];

    expect(await commands.duplicateFrom('g2')).toEqual(['dense-1', 'activation-1']);
    expect(await commands.duplicateFrom('d1')).toEqual(['flatten-1']);
  });

  it('deletes the selection in one undo step', async () => {
    const { editor, area, history, commands, selection, graph } = await setup();
    selection.list = ['g1', 'g2', 'g3'];

    await commands.deleteSelected();
    expect(editor.getNodes()).toHaveLength(graph.nodes.length - 3);
    await history.undo();

    // Rete adds restored nodes and connections at the end, so only the order may differ.
    const restored = exportGraph(editor, area);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...restored.nodes].sort(byId)).toEqual([...graph.nodes].sort(byId));
    expect(new Set(restored.connections)).toEqual(new Set(graph.connections));
  });

  it('adds a node in one undo step', async () => {
    const { editor, area, history, commands, graph } = await setup();

    const node = await commands.addNode('dropout', { x: 500, y: 500 });
    expect(area.nodeViews.get(node.id)!.position).toEqual({ x: 395, y: 450 });
    await history.undo();

    expect(exportGraph(editor, area)).toEqual(graph);
  });

  it('arranges in one undo step', async () => {
    const { editor, area, history, commands, graph } = await setup();

    await commands.arrange();
    const arranged = exportGraph(editor, area);
    await history.undo();

    expect(arranged.nodes.find((n) => n.id === 'dataset')!.position).not.toEqual({ x: 3250, y: 0 });
    expect(exportGraph(editor, area)).toEqual(graph);
  });
});
