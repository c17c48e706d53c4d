import { ClassicPreset, type GetSchemes, type NodeEditor } from 'rete';
import type { AreaPlugin } from 'rete-area-plugin';
import type { ReactArea2D } from 'rete-react-plugin';
import type { ContextMenuExtra } from 'rete-context-menu-plugin';
import type { MinimapExtra } from 'rete-minimap-plugin';
import { findNodeType, type NodeType } from '../../../nodes';
import { inputSocket, outputSocket } from '../wiring/kind-socket';

/**
 * Returns the node width in pixels. Output nodes are wider, to fit the sample grid and the
 * charts.
 */
export function nodeWidth(nodeType: NodeType | undefined): number {
  return nodeType?.category === 'output' ? 260 : 210;
}

/**
 * A node in the editor. Rete stores its id, ports and position, and this class adds the node
 * type and the parameter values. Those may be invalid while the user types, and the analyzer
 * reports them.
 */
export class GanvasNode extends ClassicPreset.Node {
  /** Width for the area plugin's zoom-to-fit, which measures the height on the rendered element. */
  readonly width: number;

  constructor(
    id: string,
    readonly typeName: string,
    public params: Record<string, unknown>,
    /** A name the user or the preset gave the node, shown instead of the type title. */
    public customLabel?: string,
  ) {
    const nodeType = findNodeType(typeName);
    super(customLabel ?? nodeType?.title ?? typeName);
    this.id = id;
    this.width = nodeWidth(nodeType);
    for (const port of nodeType?.inputs ?? []) {
      // Several connections into one input are legal only where real and fake images meet the
      // discriminator, and the wiring rules reject the others.
      this.addInput(port.key, new ClassicPreset.Input(inputSocket(port.socket), port.label, true));
    }
    for (const port of nodeType?.outputs ?? []) {
      this.addOutput(port.key, new ClassicPreset.Output(outputSocket(port.socket), port.label, true));
    }
  }
}

/**
 * A connection between two nodes. It is typed on the base node class because rete's plugins
 * expect that type, and a connection typed on GanvasNode would not fit them.
 */
export class GanvasConnection extends ClassicPreset.Connection<
  ClassicPreset.Node,
  ClassicPreset.Node
> {}

export type Schemes = GetSchemes<GanvasNode, GanvasConnection>;
export type AreaExtra = ReactArea2D<Schemes> | MinimapExtra | ContextMenuExtra;
export type GanvasNodeEditor = NodeEditor<Schemes>;
export type GanvasArea = AreaPlugin<Schemes, AreaExtra>;

/** Returns `${type}-${n}` with the smallest n from 1 up that no node of `editor` uses. */
export function nextNodeId(editor: GanvasNodeEditor, type: string): string {
  const used = new Set(editor.getNodes().map((node) => node.id));
  let n = 1;
  while (used.has(`${type}-${n}`)) n++;
  return `${type}-${n}`;
}
