import { useLiveQuery } from 'dexie-react-hooks';
import type { ActionUpdate, Id } from '../domain';
import type { MinutebookDb } from './database';
import {
  readActionLog,
  readOutstandingAt,
  readUpdatesOf,
  type ActionLogData,
  type OutstandingData,
} from './repos/action-log-read';

/*
 * Live queries of the action log and of a meeting's Actions Outstanding: an update given in
 * another window shows at once. `undefined` while loading.
 */

/** A body's whole action log: every action with the tally of its updates, the body's meetings. */
export function useActionLogData(db: MinutebookDb, bodyId: Id): ActionLogData | undefined {
  return useLiveQuery(() => readActionLog(db, bodyId), [db, bodyId]);
}

/** One action's updates, for its row of the log opened. */
export function useUpdatesOf(db: MinutebookDb, actionId: Id): ActionUpdate[] | undefined {
  return useLiveQuery(() => readUpdatesOf(db, actionId), [db, actionId]);
}

/**
 * What one meeting's Actions Outstanding reads ({@link readOutstandingAt}): the actions that
 * can be outstanding or were updated there, not the body's whole log.
 */
export function useOutstandingData(db: MinutebookDb, meetingId: Id): OutstandingData | undefined {
  return useLiveQuery(() => readOutstandingAt(db, meetingId), [db, meetingId]);
}
