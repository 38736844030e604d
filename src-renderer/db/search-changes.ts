import type { IntervalTree, IntervalTreeNode, ObservabilitySet } from 'dexie';
import { watchMutations } from './write-watch';

/**
 * What changed in the database, as the search index needs to know it: the ids of the rows
 * written or deleted in each table, or "everything" when a write touched too many rows to
 * name (an archive import or a restore, a table cleared, a migration).
 *
 * Read off Dexie's `storagemutated` event, which Dexie fires after each committed write in
 * this window and passes on to every other window and worker of the app (by a
 * BroadcastChannel): so edits from any window reach the index, and the index needs no hook
 * in the repositories' write path.
 */
export interface RowChanges {
  /** Too much changed to name row by row: rebuild. */
  everything: boolean;
  /** Table name → ids of rows written or deleted. */
  rows: Map<string, Set<string>>;
}

/** The tables whose rows the index reads. */
export const searchedTables = [
  'bodies',
  'meetings',
  'agendaItems',
  'itemMinutes',
  'actions',
  'actionUpdates',
  'attendance',
  'interests',
  'amendments',
] as const;
export type SearchedTable = (typeof searchedTables)[number];

const isNode = (tree: IntervalTree): tree is IntervalTreeNode => tree.d !== 0 && 'from' in tree;

/** The single keys in a range set, or null when it holds a range (keys not named). */
function keysOf(tree: IntervalTree, into: Set<string>): boolean {
  if (!isNode(tree)) return true;
  if (typeof tree.from !== 'string' || tree.from !== tree.to) return false;
  into.add(tree.from);
  return (tree.l == null || keysOf(tree.l, into)) && (tree.r == null || keysOf(tree.r, into));
}

/** Reads the changes of one event for the database named `dbName`. */
export function changesIn(parts: ObservabilitySet, dbName: string): RowChanges {
  const changes: RowChanges = { everything: false, rows: new Map() };
  // Dexie's "all" part (a page back from the bfcache): anything may have changed.
  if ('all' in parts) changes.everything = true;
  const prefix = `idb://${dbName}/`;
  for (const [part, tree] of Object.entries(parts)) {
    if (!part.startsWith(prefix)) continue;
    const [table, index] = part.slice(prefix.length).split('/');
    // The primary-key part ("…/table/") names the rows; index parts only repeat them.
    if (index !== '' || table === undefined) continue;
    if (!(searchedTables as readonly string[]).includes(table)) continue;
    const ids = changes.rows.get(table) ?? new Set<string>();
    if (!keysOf(tree, ids)) changes.everything = true;
    changes.rows.set(table, ids);
  }
  return changes;
}

/** Calls `listener` with the changes to this database after each committed write, anywhere. */
export function watchChanges(dbName: string, listener: (changes: RowChanges) => void): () => void {
  return watchMutations((parts) => {
    const changes = changesIn(parts, dbName);
    if (changes.everything || changes.rows.size > 0) listener(changes);
  });
}
