import i18next from 'i18next';
import { NodeEditor } from 'rete';
import type { GraphAnalysis, Network } from '../../graph/analyze';
import { assignNetworks, frameNetworks, type Box } from '../../graph/network-groups';
import type { Graph } from '../../schema/preset';
import type { Store } from '../store/external-store';
import type { GanvasArea, GanvasNodeEditor } from './ganvas-node';

/** Space between a frame and the nodes inside it, in canvas pixels. */
const FRAME_PADDING = 24;
/** Room for the frame's label above the nodes, in canvas pixels at zoom 1. */
const LABEL_HEIGHT = 26;
/** Font size of the label, in pixels at zoom 1. */
const LABEL_FONT_SIZE = 15;
/**
 * The zoom below which labels stop growing on the canvas, so that they stay readable when
 * zoomed out but do not cover the graph.
 */
const LABEL_MIN_ZOOM = 0.25;

const NETWORKS: readonly Network[] = ['generator', 'discriminator'];

/**
 * Draws a labelled frame behind the nodes of the generator and behind those of the
 * discriminator. The frames live in the area's content layer, so they pan and zoom with the
 * nodes, and they follow node moves, size changes and graph edits. They take no pointer
 * events, so clicks reach the canvas and the nodes. Returns a function that removes them.
 */
export function setupNetworkFrames(area: GanvasArea, analysis: Store<GraphAnalysis>): () => void {
  const editor = area.parentScope<GanvasNodeEditor>(NodeEditor);
  const layer = document.createElement('div');
  layer.className = 'gv-network-frames';
  const frames = new Map(
    NETWORKS.map((network) => {
      const frame = document.createElement('div');
      frame.className = `gv-network-frame gv-network-frame--${network}`;
      frame.dataset.testid = `frame-${network}`;
      frame.hidden = true;
      const label = document.createElement('span');
      label.className = 'gv-network-frame__label';
      frame.append(label);
      layer.append(frame);
      return [network, { frame, label }];
    }),
  );
  const holder = area.area.content.holder;
  holder.prepend(layer);

  const draw = () => {
    const graph = networkGraph(editor);
    const known = new Map([...analysis.get().nodes].map(([id, a]) => [id, a.network]));
    const boxes = new Map<string, Box>();
    for (const [id, view] of area.nodeViews) {
      const { element, position } = view;
      boxes.set(id, { ...position, width: element.clientWidth, height: element.clientHeight });
    }
    // Labels keep their size on screen as the view zooms out, down to LABEL_MIN_ZOOM.
    const scale = 1 / Math.min(1, Math.max(area.area.transform.k, LABEL_MIN_ZOOM));
    layer.style.setProperty('--gv-frame-label-size', `${LABEL_FONT_SIZE * scale}px`);
    const networks = assignNetworks(graph, known);
    const bounds = frameNetworks(boxes, networks, FRAME_PADDING, LABEL_HEIGHT * scale);
    for (const [network, { frame, label }] of frames) {
      const box = bounds.get(network);
      frame.hidden = !box;
      if (!box) continue;
      frame.style.transform = `translate(${box.x}px, ${box.y}px)`;
      frame.style.width = `${box.width}px`;
      frame.style.height = `${box.height}px`;
      label.textContent = i18next.t(`layout:frames.${network}`);
    }
  };

  let scheduled = 0;
  const schedule = () => {
    if (scheduled) return;
    scheduled = requestAnimationFrame(() => {
      scheduled = 0;
      draw();
    });
  };

  // A parameter edit can change a node's height without any area signal.
  const resizes = new ResizeObserver(schedule);
  area.addPipe((signal) => {
    if (signal.type === 'rendered' && signal.data.type === 'node') {
      resizes.observe(signal.data.element);
    }
    if (signal.type === 'unmount') resizes.unobserve(signal.data.element);
    if (['nodetranslated', 'rendered', 'unmount', 'zoomed'].includes(signal.type)) schedule();
    return signal;
  });
  const unsubscribe = analysis.subscribe(schedule);
  i18next.on('languageChanged', schedule);
  schedule();

  return () => {
    cancelAnimationFrame(scheduled);
    resizes.disconnect();
    unsubscribe();
    i18next.off('languageChanged', schedule);
    layer.remove();
  };
}

/**
 * Returns the graph's nodes and connections with only what assignNetworks reads, because the
 * frames are redrawn on every frame of a drag and exportGraph copies every parameter.
 */
function networkGraph(editor: GanvasNodeEditor): Graph {
  return {
    nodes: editor
      .getNodes()
      .map((node) => ({ id: node.id, type: node.typeName, params: {}, position: { x: 0, y: 0 } })),
    connections: editor.getConnections().map((c) => ({
      source: c.source,
      sourceOutput: String(c.sourceOutput),
      target: c.target,
      targetInput: String(c.targetInput),
    })),
  };
}
