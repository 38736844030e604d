import { emailError } from '../../domain/email';
import type { Circulation, Id } from '../../domain';
import { touched, type DataContext } from '../context';
import { DataError } from '../errors';

export type CirculationInput = Pick<Circulation, 'variant' | 'documents' | 'recipients'>;

/**
 * Records on the meeting that its papers were circulated: when, by whom, which variant and
 * documents, to whom. Appended in one transaction, so two windows circulating at once both
 * keep their record.
 */
export async function recordCirculation(
  ctx: DataContext,
  meetingId: Id,
  input: CirculationInput,
): Promise<Id> {
  if (input.recipients.length === 0) throw new DataError('No recipient was chosen.', 'invalid');
  if (input.documents.length === 0) throw new DataError('No document was chosen.', 'invalid');
  const bad = input.recipients.find((r) => r.email === '' || emailError(r.email) !== undefined);
  if (bad !== undefined) {
    throw new DataError(`${bad.name} has no valid e-mail address.`, 'invalid');
  }
  const { db } = ctx;
  return db.transaction('rw', db.meetings, async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new DataError('That meeting no longer exists.', 'not-found');
    const audit = touched(ctx);
    const circulation: Circulation = {
      id: ctx.newId(),
      at: audit.updatedAt,
      by: audit.updatedBy,
      variant: input.variant,
      documents: [...input.documents],
      recipients: input.recipients.map((r) => ({ name: r.name, email: r.email.trim() })),
    };
    await db.meetings.update(meetingId, {
      circulations: [...meeting.circulations, circulation],
      ...audit,
    });
    return circulation.id;
  });
}
