import type { AreaPlugin } from 'rete-area-plugin';
import type { AreaExtra, Schemes } from './ganvas-node';

/** Distance between grid dots at zoom 1, in pixels. */
const GRID_SPACING = 24;

/**
 * Moves and scales the container's dotted background with the area's pan and zoom, through
 * the CSS variables `--grid-x`, `--grid-y` and `--grid-size`. Returns a function that stops it.
 */
export function followAreaWithGrid(
  area: AreaPlugin<Schemes, AreaExtra>,
  container: HTMLElement,
): () => void {
  let active = true;
  const update = () => {
    if (!active) return;
    const { x, y, k } = area.area.transform;
    container.style.setProperty('--grid-x', `${x}px`);
    container.style.setProperty('--grid-y', `${y}px`);
    container.style.setProperty('--grid-size', `${GRID_SPACING * k}px`);
  };
  area.addPipe((signal) => {
    if (signal.type === 'translated' || signal.type === 'zoomed') update();
    return signal;
  });
  update();
  return () => {
    active = false;
  };
}
