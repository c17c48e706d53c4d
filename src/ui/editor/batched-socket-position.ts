import type { BaseSchemes } from 'rete';
import { BaseSocketPosition, getElementCenter } from 'rete-render-utils';

/** Pixels between a socket's centre and the end of its connection, as in rete's default. */
const SOCKET_OFFSET = 12;

/**
 * Finds socket positions from the DOM, as rete-render-utils' DOMSocketPosition does, but
 * measures every socket that asked during one animation frame together. Measuring each socket
 * as its node renders forces a layout between the DOM writes of the next node, which made
 * loading a large graph slow.
 */
export class BatchedSocketPosition<Schemes extends BaseSchemes, K> extends BaseSocketPosition<Schemes, K> {
  private frame: Promise<void> | null = null;

  async calculatePosition(nodeId: string, side: 'input' | 'output', _key: string, element: HTMLElement) {
    await this.nextFrame();
    const view = this.area?.nodeViews.get(nodeId);
    if (!view?.element) return null;
    const centre = await getElementCenter(element, view.element);
    return { x: centre.x + SOCKET_OFFSET * (side === 'input' ? -1 : 1), y: centre.y };
  }

  /** Resolves at the next animation frame, with one promise for every caller until then. */
  private nextFrame(): Promise<void> {
    this.frame ??= new Promise((resolve) =>
      requestAnimationFrame(() => {
        this.frame = null;
        resolve();
      }),
    );
    return this.frame;
  }
}
