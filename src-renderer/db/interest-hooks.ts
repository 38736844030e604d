import { useLiveQuery } from 'dexie-react-hooks';
import { byPosition } from '../domain';
import type { Id, Interest } from '../domain';
import type { MinutebookDb } from './database';

/** A meeting's declarations of interest in the order made; `undefined` while loading. */
export function useInterests(db: MinutebookDb, meetingId: Id): Interest[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.interests.where('meetingId').equals(meetingId).toArray()).sort(byPosition),
    [db, meetingId],
  );
}
