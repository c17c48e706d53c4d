import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/schema/preset';
import { setupEditorHistory } from '../../../src/ui/editor/editor-history';
import { GanvasConnection } from '../../../src/ui/editor/ganvas-node';
import { addGraph, exportGraph } from '../../../src/ui/editor/graph-io';
import { mlpGan } from '../../support/graphs';
import { createFakeEditor } from './fake-area';

/** Loads the MLP GAN with every node at its own position and an empty history. */
async function setup() {
  const { editor, area } = createFakeEditor();
  const history = setupEditorHistory(editor, area, {
    applyParams(node, params) {
      node.params = params;
    },
    applyLabel(node, label) {
      node.customLabel = label;
    },
  });
  const graph = mlpGan();
  graph.nodes.forEach((node, index) => (node.position = { x: index * 250, y: 0 }));
  await addGraph(editor, area, graph);
  history.clear();
  const snapshot = () => exportGraph(editor, area);
  return { editor, area, history, snapshot, before: snapshot() };
}

/** Compares graphs regardless of the order rete keeps restored connections in. */
function normalized(graph: Graph) {
  const key = (c: Graph['connections'][number]) => `${c.source}.${c.sourceOutput}>${c.target}.${c.targetInput}`;
  return { nodes: graph.nodes, connections: graph.connections.map(key).sort() };
}

describe('undo and redo of each edit kind', () => {
  it('a new connection', async () => {
    const { editor, history, snapshot, before } = await setup();
    await editor.addConnection(new GanvasConnection(editor.getNode('g1')!, 'out', editor.getNode('d2')!, 'in'));
    const after = snapshot();
    expect(after.connections).toHaveLength(before.connections.length + 1);

    await history.undo();
    expect(normalized(snapshot())).toEqual(normalized(before));
    await history.redo();
    expect(normalized(snapshot())).toEqual(normalized(after));
  });

  it('a removed connection', async () => {
    const { editor, history, snapshot, before } = await setup();
    const connection = editor.getConnections().find((c) => c.source === 'g1' && c.target === 'g2')!;
    await editor.removeConnection(connection.id);
    const after = snapshot();

    await history.undo();
    expect(normalized(snapshot())).toEqual(normalized(before));
    await history.redo();
    expect(normalized(snapshot())).toEqual(normalized(after));
  });

  it('a parameter change', async () => {
    const { editor, history, snapshot, before } = await setup();
    const node = editor.getNode('g1')!;
    const previous = node.params;
    node.params = { ...node.params, units: 32 };
    history.recordParams(node, previous);
    const after = snapshot();

    await history.undo();
    expect(snapshot()).toEqual(before);
    await history.redo();
    expect(snapshot()).toEqual(after);
    expect(after.nodes.find((n) => n.id === 'g1')!.params).toEqual({ units: 32 });
  });

  it('a rename', async () => {
    const { editor, history, snapshot, before } = await setup();
    const node = editor.getNode('d2')!;
    node.customLabel = 'Критик & <b>';
    history.recordLabel(node, undefined);
    const after = snapshot();

    await history.undo();
    expect(snapshot()).toEqual(before);
    await history.redo();
    expect(snapshot()).toEqual(after);
  });

  it('a move', async () => {
    const { area, history, snapshot, before } = await setup();
    await area.translate('g3', { x: 123, y: 456 });
    const after = snapshot();
    expect(after.nodes.find((n) => n.id === 'g3')!.position).toEqual({ x: 123, y: 456 });

    await history.undo();
    expect(snapshot()).toEqual(before);
    await history.redo();
    expect(snapshot()).toEqual(after);
  });
});
