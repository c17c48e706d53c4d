import { useSyncExternalStore } from 'react';

/**
 * A value outside React that components read with `useSyncExternalStore`. A change replaces
 * the value, so a component re-renders only when the part it selects is a new object.
 */
export interface Store<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

/** Creates a store holding `initial`. */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Reads the whole value of a store and re-renders when it is replaced. */
export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}

/**
 * Reads one part of a store's value. `select` must return the same reference for the same
 * value (a field or a map entry, not a new object), or React re-renders without end.
 */
export function useStoreSelector<T, S>(store: Store<T>, select: (value: T) => S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
