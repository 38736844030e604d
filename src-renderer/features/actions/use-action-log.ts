import { useMemo } from 'react';
import type { MinutebookDb } from '../../db';
import { useActionLogData, useOutstandingData } from '../../db/action-log-hooks';
import type { ActionLogData, OutstandingData } from '../../db';
import { indexMeetings, type Id, type MeetingIndex } from '../../domain';

export interface ActionLogView extends ActionLogData {
  index: MeetingIndex;
}

export interface OutstandingView extends OutstandingData {
  index: MeetingIndex;
}

function useView<T extends { meetings: ActionLogData['meetings'] }>(
  data: T | undefined,
): (T & { index: MeetingIndex }) | undefined {
  return useMemo(
    () => (data === undefined ? undefined : { ...data, index: indexMeetings(data.meetings) }),
    [data],
  );
}

/**
 * A body's actions, the tallies of their updates and its meetings, read live: an update given
 * in another window shows here at once. `undefined` while loading.
 */
export function useActionLog(db: MinutebookDb, bodyId: Id): ActionLogView | undefined {
  return useView(useActionLogData(db, bodyId));
}

/**
 * The part of the log one meeting's Actions Outstanding needs (the actions that can be
 * outstanding at it or were updated there, with their updates), read live.
 */
export function useOutstandingLog(db: MinutebookDb, meetingId: Id): OutstandingView | undefined {
  return useView(useOutstandingData(db, meetingId));
}
