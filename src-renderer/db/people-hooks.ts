import { useLiveQuery } from 'dexie-react-hooks';
import { byMemberOrder } from '../domain';
import type { Attendance, Id, Member } from '../domain';
import type { MinutebookDb } from './database';

/** A body's members in the order they were added; `undefined` while loading. */
export function useMembers(db: MinutebookDb, bodyId: Id): Member[] | undefined {
  return useLiveQuery(
    async () => (await db.members.where('bodyId').equals(bodyId).toArray()).sort(byMemberOrder),
    [db, bodyId],
  );
}

/** Everyone listed for a meeting (grouping and order are the domain's job). */
export function useAttendance(db: MinutebookDb, meetingId: Id): Attendance[] | undefined {
  return useLiveQuery(
    () => db.attendance.where('meetingId').equals(meetingId).toArray(),
    [db, meetingId],
  );
}
