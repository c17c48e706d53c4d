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
  // The minimap reads both from the node, so each node reports its rendered height. Heights
  // come from a ResizeObserver: reading clientHeight here would force a layout for every node
  // each time the minimap redraws, which made loading a large graph quadratic.
  const heights = new Map<string, number>();
  const elements = new Map<string, HTMLElement>();
  let redraw = () => {};
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const id = (entry.target as HTMLElement).dataset.minimapNode;
      if (id) heights.set(id, entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height);
    }
    // The minimap may have drawn before the node had a height, as a flat line.
    redraw();
  });
  const editor = area.parentScope<GanvasNodeEditor>(NodeEditor);
  editor.addPipe((signal) => {
    if (signal.type === 'nodecreated') {
      const id = signal.data.id;
      // A node brought back by undo is the same object, which already has the property.
      if (!('height' in signal.data)) {
        Object.defineProperty(signal.data, 'height', { get: () => heights.get(id) ?? 0 });
      }
      const element = area.nodeViews.get(id)?.element;
      if (element) {
        element.dataset.minimapNode = id;
        elements.set(id, element);
        observer.observe(element);
      }
    }
    if (signal.type === 'noderemoved') {
      const element = elements.get(signal.data.id);
      if (element) observer.unobserve(element);
      elements.delete(signal.data.id);
      heights.delete(signal.data.id);
    }
    return signal;
  });

  render.addPreset(Presets.minimap.setup({ size: MINIMAP_SIZE }));
  const minimap = new MinimapPlugin<SizedSchemes>({ ratio: MINIMAP_RATIO, boundViewport: true });
  // The plugin's scheme requires a height that GanvasNode lacks in its type. The cast is safe
  // because the pipe above gives every node that property before the minimap reads it.
  area.use(minimap as never);
  const drawable = minimap as unknown as { render(): void };
  drawOncePerFrame(drawable);
  redraw = () => drawable.render();
}

/**
 * Makes the minimap redraw at most once per animation frame. It redraws on every node added,
 * moved or rendered, each time over all nodes, so loading n nodes took n² steps.
 */
function drawOncePerFrame(minimap: { render(): void }): void {
  const draw = minimap.render.bind(minimap);
  let scheduled = false;
  minimap.render = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      draw();
    });
  };
}
