import { canTransition, meetingStatusLabels, validateMeetingInput } from '../../domain';
import type { Id, Meeting, MeetingInput, MeetingStatus } from '../../domain';
import { created, touched, type DataContext } from '../context';
import { DataError } from '../errors';
import { editableMeeting } from '../guards';

export type MeetingPatch = Partial<Pick<Meeting, 'date' | 'startTime' | 'venue'>>;

/** Creates a draft meeting for a body; the number must be new for that body. */
export async function createMeeting(
  ctx: DataContext,
  bodyId: Id,
  input: MeetingInput,
): Promise<Id> {
  const { db } = ctx;
  return db.transaction('rw', db.bodies, db.meetings, async () => {
    if (!(await db.bodies.get(bodyId)))
      throw new DataError('That body no longer exists.', 'not-found');
    const used = (await db.meetings.where('bodyId').equals(bodyId).toArray()).map((m) => m.number);
    const first = Object.values(validateMeetingInput(input, used))[0];
    if (first !== undefined) throw new DataError(first, 'invalid');
    const meeting: Meeting = {
      id: ctx.newId(),
      bodyId,
      number: input.number,
      date: input.date,
      startTime: input.startTime,
      venue: input.venue.trim(),
      status: 'draft',
      startedAt: null,
      closedAt: null,
      lastActionSequence: 0,
      acceptedFindings: [],
      approval: null,
      circulations: [],
      ...created(ctx),
    };
    await db.meetings.add(meeting);
    return meeting.id;
  });
}

/** Changes a meeting's details; refused once its minutes are approved. */
export async function updateMeeting(ctx: DataContext, id: Id, patch: MeetingPatch): Promise<void> {
  await ctx.db.transaction('rw', ctx.db.meetings, async () => {
    const meeting = await editableMeeting(ctx, id);
    const first = Object.values(validateMeetingInput({ ...meeting, ...patch }, []))[0];
    if (first !== undefined) throw new DataError(first, 'invalid');
    await ctx.db.meetings.update(id, { ...patch, ...touched(ctx) });
  });
}

/** Moves a meeting along its lifecycle (draft → live → held → approved). */
export async function setMeetingStatus(
  ctx: DataContext,
  id: Id,
  status: MeetingStatus,
): Promise<void> {
  await ctx.db.transaction('rw', ctx.db.meetings, async () => {
    const meeting = await editableMeeting(ctx, id);
    if (!canTransition(meeting.status, status)) {
      throw new DataError(
        `A meeting cannot go from “${meetingStatusLabels[meeting.status]}” to “${meetingStatusLabels[status]}”.`,
        'invalid',
      );
    }
    await ctx.db.meetings.update(id, { status, ...touched(ctx) });
  });
}

/** The number a new meeting of the body would most likely take: one past the highest. */
export async function suggestMeetingNumber(ctx: DataContext, bodyId: Id): Promise<number> {
  const meetings = await ctx.db.meetings.where('bodyId').equals(bodyId).toArray();
  return meetings.reduce((max, m) => Math.max(max, m.number), 0) + 1;
}
