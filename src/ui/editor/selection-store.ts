import { createStore, type Store } from '../store/external-store';
import type { GanvasArea, GanvasNodeEditor } from './ganvas-node';

/**
 * Publishes the ids of the selected nodes, in editor order, whenever they change. Rete's
 * selectable-nodes extension re-renders a node each time it flips `selected`, and removing a
 * node drops it, so those two signals are watched.
 */
export function watchSelection(
  editor: GanvasNodeEditor,
  area: GanvasArea,
): Store<readonly string[]> {
  const store = createStore<readonly string[]>([]);
  const refresh = () => {
    const selected = editor.getNodes().filter((node) => node.selected).map((node) => node.id);
    const current = store.get();
    const same = selected.length === current.length && selected.every((id, i) => id === current[i]);
    if (!same) store.set(selected);
  };
  area.addPipe((signal) => {
    if (signal.type === 'render' && signal.data.type === 'node') queueMicrotask(refresh);
    return signal;
  });
  editor.addPipe((signal) => {
    if (signal.type === 'noderemoved' || signal.type === 'cleared') queueMicrotask(refresh);
    return signal;
  });
  return store;
}
