import type { PointerEvent as ReactPointerEvent, SyntheticEvent } from 'react';

/** Keeps pointer events inside a node's controls from starting a node drag or a zoom. */
export function stopPropagation(event: ReactPointerEvent | SyntheticEvent): void {
  event.stopPropagation();
}
