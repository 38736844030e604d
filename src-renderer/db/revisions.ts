import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';

/**
 * Revisions: every write to a body's rows also writes, in the same transaction, a fresh token
 * for each meeting whose rows it changed (and one for the rows that belong to no meeting). Two
 * reads that see the same token for a meeting saw the same rows of it, whatever happened in
 * between, so a backup can read one meeting at a time, resting between meetings, and still
 * write one consistent state (db/backup-read.ts). The tokens are kept by a Dexie middleware
 * beneath every write of the app, its workers included, so no repository can forget them.
 */

/** The table of revisions (database version 9): one row per key below, written, never read back. */
export const revisionsTable = 'revisions';

/** A revision: the key it stands for and a token that changes with every write to it. */
export interface Revision {
  id: string;
  token: string;
}

/**
 * The key of the rows that belong to no meeting: the bodies, their members, and the earlier
 * actions entered by hand (raised at no meeting here).
 */
export const sharedRevision = '';

/** The key of any write whose rows cannot be told (a table cleared): every meeting's, at once. */
export const everythingRevision = '*';

/** Tables whose rows belong to a meeting, by `meetingId` (a meeting, by its own id). */
const ofMeeting = new Set([
  'meetings',
  'agendaItems',
  'itemMinutes',
  'attendance',
  'amendments',
  'interests',
  'actions',
  'actionUpdates',
]);
const shared = new Set(['bodies', 'members']);

const tracked = (table: string) => ofMeeting.has(table) || shared.has(table);

/** The revision keys of `rows` of `table`. */
function keysOfRows(table: string, rows: readonly unknown[]): string[] {
  if (shared.has(table)) return [sharedRevision];
  return rows.map((row) => {
    const { id, meetingId } = (row ?? {}) as { id?: unknown; meetingId?: unknown };
    const key = table === 'meetings' ? id : meetingId;
    // An earlier action entered by hand belongs to no meeting.
    if (key === null) return sharedRevision;
    return typeof key === 'string' ? key : everythingRevision;
  });
}

/** True when `trans` can hold revisions: a transaction of the app over the revisions table. */
function keepsRevisions(trans: DBCoreTransaction): boolean {
  const idb = trans as unknown as IDBTransaction;
  return idb.mode === 'readwrite' && idb.objectStoreNames.contains(revisionsTable);
}

/** The ids of the stored rows a write replaces or deletes, to be read before it; null for none. */
function replacedIds(req: DBCoreMutateRequest): unknown[] | null {
  if (req.type === 'delete') return req.keys as unknown[];
  if (req.type === 'put') return req.values.map((v) => (v as { id?: unknown }).id);
  return null;
}

/** The keys a write changes: of the rows it writes, and of the stored rows it replaces or deletes. */
function keysOfWrite(name: string, req: DBCoreMutateRequest, replaced: readonly unknown[]) {
  if (req.type === 'deleteRange') return new Set([everythingRevision]);
  if (shared.has(name)) return new Set([sharedRevision]);
  const written = req.type === 'add' || req.type === 'put' ? keysOfRows(name, req.values) : [];
  const stored = replaced.filter((row) => row !== undefined);
  return new Set([...written, ...keysOfRows(name, stored)]);
}

/**
 * The middleware: widens the app's write transactions to the revisions table and writes them.
 * It sits beneath Dexie's own middlewares, on IndexedDB itself (level -2), so that nothing under
 * it needs Dexie's transaction zone; its requests go in order in the write's transaction: the
 * replaced rows read, the write, then the revisions.
 */
export const revisionsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'revisions',
  level: -2,
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      const widen =
        mode === 'readwrite' && !stores.includes(revisionsTable) && stores.some(tracked);
      return down.transaction(widen ? [...stores, revisionsTable] : stores, mode, options);
    },
    table(name) {
      const table = down.table(name);
      if (!tracked(name)) return table;
      return {
        ...table,
        mutate(req) {
          if (!keepsRevisions(req.trans)) return table.mutate(req);
          const ids = shared.has(name) ? null : replacedIds(req);
          const replaced = ids === null ? null : table.getMany({ trans: req.trans, keys: ids });
          const written = table.mutate(req);
          return written.then((result) => {
            const record = (before: readonly unknown[]) => {
              const keys = keysOfWrite(name, req, before);
              if (keys.size === 0) return result;
              const values: Revision[] = [...keys].map((id) => ({
                id,
                token: crypto.randomUUID(),
              }));
              return down
                .table(revisionsTable)
                .mutate({ type: 'put', trans: req.trans, values })
                .then(() => result);
            };
            return replaced === null ? record([]) : replaced.then(record);
          });
        },
      };
    },
  }),
};
