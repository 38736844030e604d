import { limits, positionAtEnd, tidyName } from '../../domain';
import type { Id, Interest, Meeting } from '../../domain';
import { created, touched, type DataContext } from '../context';
import { DataError } from '../errors';
import { editableMeeting } from '../guards';

/** A declaration as the Attendance screen enters it. */
export interface NewInterest {
  /** A member of the body (their name is taken from the member), or null for a typed name. */
  memberId: Id | null;
  /** The name, when no member is given. */
  name?: string;
  /** The item the interest concerns, or null for the whole meeting. */
  itemId: Id | null;
  interest: string;
  /** Whether they withdrew; the body's `interestWithdrawal` when not said. */
  withdrew?: boolean;
  confidential?: boolean;
}

export type InterestPatch = Partial<
  Pick<Interest, 'name' | 'itemId' | 'interest' | 'withdrew' | 'confidential'>
>;

/** The most declarations one meeting holds (the archive's limit). */
const maxInterests = 5_000;

function refuseText(row: Pick<Interest, 'name' | 'interest'>): void {
  const name = tidyName(row.name);
  if (name === '' || name.length > 200)
    throw new DataError(
      'A declaration needs the name of who declared it (200 characters at most).',
      'invalid',
    );
  if (row.interest.trim() === '') throw new DataError('Say what the interest is.', 'invalid');
  if (row.interest.length > limits.longText)
    throw new DataError(
      `The interest is too long (${String(limits.longText)} characters at most).`,
      'invalid',
    );
}

async function refuseOtherItem(ctx: DataContext, meeting: Meeting, itemId: Id | null) {
  if (itemId === null) return;
  const item = await ctx.db.agendaItems.get(itemId);
  if (item?.meetingId !== meeting.id)
    throw new DataError('That item is not (or no longer) on this meeting’s agenda.', 'not-found');
}

/** Records a declaration of interest at a meeting, after its others; returns its id. */
export async function addInterest(
  ctx: DataContext,
  meetingId: Id,
  input: NewInterest,
): Promise<Id> {
  const { db } = ctx;
  return db.transaction(
    'rw',
    [db.meetings, db.bodies, db.members, db.agendaItems, db.interests],
    async () => {
      const meeting = await editableMeeting(ctx, meetingId);
      let name = tidyName(input.name ?? '');
      if (input.memberId !== null) {
        const member = await db.members.get(input.memberId);
        if (member?.bodyId !== meeting.bodyId)
          throw new DataError(
            'That member is not (or no longer) a member of this body.',
            'not-found',
          );
        name = member.name;
      }
      await refuseOtherItem(ctx, meeting, input.itemId);
      const body = await db.bodies.get(meeting.bodyId);
      const listed = await db.interests.where('meetingId').equals(meetingId).toArray();
      if (listed.length >= maxInterests)
        throw new DataError(
          `A meeting holds at most ${String(maxInterests)} declarations.`,
          'invalid',
        );
      const row: Interest = {
        id: ctx.newId(),
        meetingId,
        itemId: input.itemId,
        memberId: input.memberId,
        name,
        interest: input.interest.trim(),
        withdrew: input.withdrew ?? body?.interestWithdrawal ?? false,
        confidential: input.confidential ?? false,
        position: positionAtEnd(listed.map((i) => i.position)),
        ...created(ctx),
      };
      refuseText(row);
      await db.interests.add(row);
      return row.id;
    },
  );
}

/** Changes only the given fields of a declaration. */
export async function updateInterest(
  ctx: DataContext,
  id: Id,
  patch: InterestPatch,
): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', [db.meetings, db.agendaItems, db.interests], async () => {
    const row = await db.interests.get(id);
    if (!row) throw new DataError('That declaration no longer exists.', 'not-found');
    const meeting = await editableMeeting(ctx, row.meetingId);
    if (patch.itemId !== undefined) await refuseOtherItem(ctx, meeting, patch.itemId);
    const next: Interest = {
      ...row,
      ...patch,
      ...(patch.name === undefined ? {} : { name: tidyName(patch.name) }),
      ...touched(ctx),
    };
    refuseText(next);
    await db.interests.put(next);
  });
}

/** Removes a declaration; returns it for {@link restoreInterest}, or null if it was gone. */
export async function removeInterest(ctx: DataContext, id: Id): Promise<Interest | null> {
  const { db } = ctx;
  return db.transaction('rw', db.meetings, db.interests, async () => {
    const row = await db.interests.get(id);
    if (!row) return null;
    await editableMeeting(ctx, row.meetingId);
    await db.interests.delete(id);
    return row;
  });
}

/** Puts back a declaration that {@link removeInterest} took away, exactly as it was. */
export async function restoreInterest(ctx: DataContext, row: Interest): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.meetings, db.interests, async () => {
    await editableMeeting(ctx, row.meetingId);
    await db.interests.put(row);
  });
}
