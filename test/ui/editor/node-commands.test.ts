import { NodeEditor } from 'rete';
import { describe, expect, it } from 'vitest';
import { GanvasConnection, GanvasNode, type Schemes } from '../../../src/ui/editor/ganvas-node';
import { disconnectNode, removeNodeWithConnections } from '../../../src/ui/editor/node-commands';

/** Builds noise → dense → dropout, with the dense node in the middle. */
async function buildChain() {
  const editor = new NodeEditor<Schemes>();
  const noise = new GanvasNode('noise', 'latentNoise', {});
  const dense = new GanvasNode('dense', 'dense', {});
  const dropout = new GanvasNode('dropout', 'dropout', {});
  for (const node of [noise, dense, dropout]) await editor.addNode(node);
  await editor.addConnection(new GanvasConnection(noise, 'out', dense, 'in'));
  await editor.addConnection(new GanvasConnection(dense, 'out', dropout, 'in'));
  return editor;
}

describe('node commands', () => {
  it('disconnectNode removes both sides', async () => {
    const editor = await buildChain();

    await disconnectNode(editor, 'dense');

    expect(editor.getConnections()).toEqual([]);
    expect(editor.getNodes().map((node) => node.id)).toEqual(['noise', 'dense', 'dropout']);
  });

  it('disconnectNode keeps other connections', async () => {
    const editor = await buildChain();

    await disconnectNode(editor, 'dropout');

    expect(editor.getConnections().map((c) => [c.source, c.target])).toEqual([['noise', 'dense']]);
  });

  it('removeNodeWithConnections leaves no dangling connection', async () => {
    const editor = await buildChain();

    await removeNodeWithConnections(editor, 'dense');

    expect(editor.getNodes().map((node) => node.id)).toEqual(['noise', 'dropout']);
    expect(editor.getConnections()).toEqual([]);
  });
});
