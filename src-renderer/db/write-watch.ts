import { Dexie, type ObservabilitySet } from 'dexie';

/**
 * Calls `listener` with what Dexie says changed after each committed write, made in this
 * window or in any other window or worker of the app: Dexie fires `storagemutated` for its
 * own writes and passes it on to the others by a BroadcastChannel. The one subscription to
 * that event; returns the unsubscribe.
 */
export function watchMutations(listener: (parts: ObservabilitySet) => void): () => void {
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

/**
 * Calls `onWrite` after each committed write to the database named `dbName`, anywhere
 * ({@link watchMutations}); also when Dexie cannot say what changed (a page back from the
 * bfcache). Returns the unsubscribe.
 */
export function watchWrites(dbName: string, onWrite: () => void): () => void {
  const prefix = `idb://${dbName}/`;
  return watchMutations((parts) => {
    if ('all' in parts || Object.keys(parts).some((part) => part.startsWith(prefix))) onWrite();
  });
}
