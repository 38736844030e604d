import { isIsoDate, limits, meetingStatusLabels, namedDateMessage } from '../../domain';
import type { Amendment, Id } from '../../domain';
import { created, type DataContext } from '../context';
import { DataError } from '../errors';

export interface AmendmentInput {
  /** Calendar date of the amendment, "YYYY-MM-DD". */
  date: string;
  reason: string;
  text: string;
  /** The item of the amended meeting it applies to; null or absent for the minutes as a whole. */
  itemId?: Id | null;
  /** Printed in the confidential minutes only. */
  confidential?: boolean;
}

/** What is wrong with an amendment, in words a secretary understands, or null. */
export function amendmentProblem(input: AmendmentInput): string | null {
  if (!isIsoDate(input.date)) return namedDateMessage('the date of the amendment');
  if (input.reason.trim() === '') return 'Say why the minutes are amended.';
  if (input.text.trim() === '') return 'Write the amended wording.';
  if (input.reason.length > limits.longText || input.text.length > limits.longText) {
    return `An amendment is ${String(limits.longText)} characters at most.`;
  }
  return null;
}

/**
 * Records a change to approved minutes: the only change they accept. Refused before the
 * minutes are approved, when they can still be edited in place.
 */
export async function addAmendment(
  ctx: DataContext,
  meetingId: Id,
  input: AmendmentInput,
): Promise<Id> {
  const wrong = amendmentProblem(input);
  if (wrong !== null) throw new DataError(wrong, 'invalid');
  const { db } = ctx;
  return db.transaction('rw', db.meetings, db.agendaItems, db.amendments, async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new DataError('That meeting no longer exists.', 'not-found');
    if (meeting.status !== 'approved') {
      throw new DataError(
        `The minutes are “${meetingStatusLabels[meeting.status]}”, not approved: edit them directly instead of recording an amendment.`,
        'invalid',
      );
    }
    const itemId = input.itemId ?? null;
    if (itemId !== null && (await db.agendaItems.get(itemId))?.meetingId !== meetingId)
      throw new DataError('That item is not on the agenda of the amended meeting.', 'invalid');
    const amendment: Amendment = {
      id: ctx.newId(),
      meetingId,
      date: input.date,
      reason: input.reason,
      text: input.text,
      itemId,
      confidential: input.confidential ?? false,
      agreedAt: null,
      ...created(ctx),
    };
    await db.amendments.add(amendment);
    return amendment.id;
  });
}

/** A meeting's amendments, oldest first (by date, then by when they were recorded). */
export async function listAmendments(ctx: DataContext, meetingId: Id): Promise<Amendment[]> {
  const all = await ctx.db.amendments.where('meetingId').equals(meetingId).toArray();
  return all.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}
