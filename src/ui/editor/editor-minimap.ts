import { NodeEditor, type GetSchemes } from 'rete';
import { MinimapPlugin } from 'rete-minimap-plugin';
import { Presets, type ReactPlugin } from 'rete-react-plugin';
import type {
  AreaExtra,
  GanvasArea,
  GanvasConnection,
  GanvasNode,
  GanvasNodeEditor,
  Schemes,
} from './ganvas-node';

/** Minimap height in pixels. Its width is this times MINIMAP_RATIO. */
const MINIMAP_SIZE = 130;
const MINIMAP_RATIO = 1.5;

/** The scheme rete-minimap-plugin expects: nodes that carry their width and height. */
type SizedSchemes = GetSchemes<GanvasNode & { height: number }, GanvasConnection>;

/**
 * Adds rete-minimap-plugin to `area`, drawn by `render` in a corner of the canvas. A double
 * click on the minimap centres the view there and its viewport frame can be dragged.
 */
export function setupEditorMinimap(area: GanvasArea, render: ReactPlugin<Schemes, AreaExtra>): void {
  // GanvasNode has a fixed width but no height, because the height depends on its parameters.
  // The minimap reads both from the node, so each node reports its rendered height.
  const editor = area.parentScope<GanvasNodeEditor>(NodeEditor);
  editor.addPipe((signal) => {
    if (signal.type === 'nodecreated' && !('height' in signal.data)) {
      const id = signal.data.id;
      Object.defineProperty(signal.data, 'height', {
        get: () => area.nodeViews.get(id)?.element.clientHeight ?? 0,
      });
    }
    return signal;
  });

  // NOTE: the minimap redraws on node moves, additions, removals and view changes, but not when
  // a parameter edit changes a node's height, so that node's box stays stale until the next redraw.
  render.addPreset(Presets.minimap.setup({ size: MINIMAP_SIZE }));
  const minimap = new MinimapPlugin<SizedSchemes>({ ratio: MINIMAP_RATIO, boundViewport: true });
  // The plugin's scheme asks for a height that GanvasNode lacks in its type. The cast is safe
  // because the pipe above gives every node that property before the minimap reads it.
  area.use(minimap as never);
}
