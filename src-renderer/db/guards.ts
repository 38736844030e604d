import { isLocked } from '../domain';
import type { Id, Meeting } from '../domain';
import type { DataContext } from './context';
import { DataError } from './errors';

/**
 * The meeting, if it may still be edited. Approved minutes are locked here, in the data layer,
 * so no screen can change them by accident. Call inside the write's transaction.
 */
export async function editableMeeting(ctx: DataContext, meetingId: Id): Promise<Meeting> {
  const meeting = await ctx.db.meetings.get(meetingId);
  if (!meeting) throw new DataError('That meeting no longer exists.', 'not-found');
  if (isLocked(meeting.status)) {
    throw new DataError(
      `The minutes of meeting ${String(meeting.number)} are approved and locked; record an amendment instead.`,
      'locked',
    );
  }
  return meeting;
}
