import type { GanvasArea } from './ganvas-node';
import type { NodeSelection } from './node-selection';

/**
 * Lets a Shift+drag on the empty canvas draw a rectangle that selects the nodes lying wholly
 * inside it, replacing the selection, or adding to it when Ctrl or Cmd is held too. Rete has
 * no plugin for this. Returns a function that removes it.
 */
export function setupBoxSelect(area: GanvasArea, selection: NodeSelection): () => void {
  const container = area.container;
  const box = document.createElement('div');
  box.className = 'gv-select-box';
  box.dataset.testid = 'select-box';
  box.hidden = true;
  container.append(box);

  let start: { x: number; y: number } | null = null;

  const isBackground = (target: EventTarget | null) => {
    if (!(target instanceof Node)) return false;
    if (target !== container && !area.area.content.holder.contains(target)) return false;
    return ![...area.nodeViews.values()].some((view) => view.element.contains(target));
  };

  const draw = (event: PointerEvent) => {
    if (!start) return;
    const bounds = container.getBoundingClientRect();
    box.style.left = `${Math.min(start.x, event.clientX) - bounds.left}px`;
    box.style.top = `${Math.min(start.y, event.clientY) - bounds.top}px`;
    box.style.width = `${Math.abs(event.clientX - start.x)}px`;
    box.style.height = `${Math.abs(event.clientY - start.y)}px`;
  };

  const finish = (event: PointerEvent) => {
    window.removeEventListener('pointermove', draw);
    window.removeEventListener('pointerup', finish);
    if (!start) return;
    const inside = nodesInside(area, start, { x: event.clientX, y: event.clientY });
    const keep = event.ctrlKey || event.metaKey ? selection.ids() : [];
    start = null;
    box.hidden = true;
    void selection.set([...new Set([...keep, ...inside])]);
  };

  // Capture runs before the area's own listener, which would pan the view instead.
  const begin = (event: PointerEvent) => {
    if (!event.shiftKey || event.button !== 0 || !isBackground(event.target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    start = { x: event.clientX, y: event.clientY };
    draw(event);
    box.hidden = false;
    window.addEventListener('pointermove', draw);
    window.addEventListener('pointerup', finish);
  };
  container.addEventListener('pointerdown', begin, { capture: true });

  return () => {
    container.removeEventListener('pointerdown', begin, { capture: true });
    window.removeEventListener('pointermove', draw);
    window.removeEventListener('pointerup', finish);
    box.remove();
  };
}

/** Returns the ids of the nodes wholly inside the rectangle between two client points. */
function nodesInside(
  area: GanvasArea,
  from: { x: number; y: number },
  to: { x: number; y: number },
): string[] {
  const bounds = area.container.getBoundingClientRect();
  const { x, y, k } = area.area.transform;
  const toCanvas = (point: { x: number; y: number }) => ({
    x: (point.x - bounds.left - x) / k,
    y: (point.y - bounds.top - y) / k,
  });
  const a = toCanvas(from);
  const b = toCanvas(to);
  const left = Math.min(a.x, b.x);
  const right = Math.max(a.x, b.x);
  const top = Math.min(a.y, b.y);
  const bottom = Math.max(a.y, b.y);

  const ids: string[] = [];
  for (const [id, view] of area.nodeViews) {
    const { position, element } = view;
    const inside =
      position.x >= left &&
      position.y >= top &&
      position.x + element.clientWidth <= right &&
      position.y + element.clientHeight <= bottom;
    if (inside) ids.push(id);
  }
  return ids;
}
