import { useSyncExternalStore } from 'react';
import { readStored, removeStored, writeStored } from './storage';

export interface Store<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

/** A value shared by every page, that pages re-render on when it changes. */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A store kept on the device, so it survives restarts (null or undefined removes it). */
export function createStoredStore<T>(key: string, fallback: T): Store<T> {
  const store = createStore<T>(readStored<T>(key) ?? fallback);
  return {
    ...store,
    set(next) {
      if (next === null || next === undefined) removeStored(key);
      else writeStored(key, next);
      store.set(next);
    },
  };
}

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
