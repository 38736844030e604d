import { Dexie, type ObservabilitySet } from 'dexie';

/**
 * Calls `onWrite` after each committed write to the database named `dbName`, made in this
 * window or in any other window or worker of the app: Dexie fires `storagemutated` for its
 * own writes and passes it on to the others by a BroadcastChannel. Also called when Dexie
 * cannot say what changed (a page back from the bfcache). Returns the unsubscribe.
 */
export function watchWrites(dbName: string, onWrite: () => void): () => void {
  const prefix = `idb://${dbName}/`;
  const onMutated = (parts: ObservabilitySet) => {
    if ('all' in parts || Object.keys(parts).some((part) => part.startsWith(prefix))) onWrite();
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}
