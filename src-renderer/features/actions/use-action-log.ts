import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { readActionLog, type ActionLogData, type MinutebookDb } from '../../db';
import { indexMeetings, type Id, type MeetingIndex } from '../../domain';

export interface ActionLogView extends ActionLogData {
  index: MeetingIndex;
}

/**
 * A body's actions, their updates and its meetings, read live: an update given in another
 * window shows here at once. `undefined` while loading.
 */
export function useActionLog(db: MinutebookDb, bodyId: Id): ActionLogView | undefined {
  const data = useLiveQuery(() => readActionLog(db, bodyId), [db, bodyId]);
  return useMemo(
    () => (data === undefined ? undefined : { ...data, index: indexMeetings(data.meetings) }),
    [data],
  );
}
