import { NodeEditor, type Scope } from 'rete';
import { BaseAreaPlugin, type BaseArea } from 'rete-area-plugin';
import type { GanvasArea, GanvasNode, Schemes } from '../../../src/ui/editor/ganvas-node';

/** Height that every fake node view reports, in pixels. */
export const FAKE_NODE_HEIGHT = 100;

/** Size of the fake container, in pixels, which shows the canvas from (0, 0) at zoom 1. */
export const FAKE_VIEW = { width: 4000, height: 1000 };

interface FakeNodeView {
  element: HTMLElement;
  position: { x: number; y: number };
  translate(x: number, y: number): Promise<boolean>;
  resize(width: number, height: number): Promise<boolean>;
}

/**
 * An area plugin without a DOM: it keeps node positions and emits the translate signals that
 * rete-history-plugin records, so editing commands and undo run in Node.
 */
class FakeArea extends BaseAreaPlugin<Schemes, BaseArea<Schemes>> {
  nodeViews = new Map<string, FakeNodeView>();
  connectionViews = new Map<string, { element: HTMLElement }>();
  area = { pointer: { x: 0, y: 0 }, content: {} as never, transform: { x: 0, y: 0, k: 1 } };
  container = { clientWidth: FAKE_VIEW.width, clientHeight: FAKE_VIEW.height } as HTMLElement;

  constructor() {
    super('area');
  }

  setParent(scope: Scope<never, []>) {
    super.setParent(scope as never);
    const editor = this.parentScope<NodeEditor<Schemes>>(NodeEditor);
    editor.addPipe((signal) => {
      if (signal.type === 'nodecreated') this.addNodeView(signal.data);
      if (signal.type === 'noderemoved') this.removeNodeView(signal.data.id);
      return signal;
    });
  }

  addNodeView(node: GanvasNode) {
    const view: FakeNodeView = {
      element: { clientHeight: FAKE_NODE_HEIGHT } as HTMLElement,
      position: { x: 0, y: 0 },
      translate: async (x, y) => {
        const previous = { ...view.position };
        const position = { x, y };
        await this.emit({ type: 'nodetranslate', data: { id: node.id, position, previous } });
        view.position = position;
        await this.emit({ type: 'nodetranslated', data: { id: node.id, position, previous } });
        return true;
      },
      resize: async () => true,
    };
    this.nodeViews.set(node.id, view);
    return view;
  }

  removeNodeView(id: string) {
    this.nodeViews.delete(id);
  }

  addConnectionView() {
    return { element: {} as HTMLElement };
  }

  removeConnectionView() {}

  async update() {}

  async resize() {
    return true;
  }

  async translate(id: string, position: { x: number; y: number }) {
    return this.nodeViews.get(id)?.translate(position.x, position.y);
  }

  destroy() {}
}

/** Creates an editor with a fake area, typed as the app's area for the code under test. */
export function createFakeEditor(): { editor: NodeEditor<Schemes>; area: GanvasArea } {
  const editor = new NodeEditor<Schemes>();
  const area = new FakeArea();
  editor.use(area);
  return { editor, area: area as unknown as GanvasArea };
}
