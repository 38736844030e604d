import {
  alternateForError,
  attendanceNoteError,
  attendanceRoleError,
  byMemberOrder,
  personError,
  positionForMove,
  tidyName,
} from '../../domain';
import { isChair, newAttendancePosition } from '../../domain/attendance';
import type { Attendance, AttendanceRole, Id, Member } from '../../domain';
import { created, touched, type DataContext } from '../context';
import { DataError } from '../errors';
import { editableMeeting } from '../guards';

export interface NewAttendee {
  role: AttendanceRole;
  note?: string;
}

export interface NewGuest extends NewAttendee {
  name: string;
  organisation: string;
}

/** The fields typed on the Attendance screen; forMemberId: the member an alternate votes for. */
export type AttendancePatch = Partial<
  Pick<Attendance, 'role' | 'note' | 'name' | 'organisation' | 'forMemberId'>
>;

function refuseInvalid(row: Pick<Attendance, 'name' | 'organisation' | 'role' | 'note'>): void {
  const error = personError(row) ?? attendanceRoleError(row.role) ?? attendanceNoteError(row.note);
  if (error !== undefined) throw new DataError(error, 'invalid');
}

/** Lists a member of the body at a meeting, with the name and organisation they have today. */
export async function addMemberAttendance(
  ctx: DataContext,
  meetingId: Id,
  memberId: Id,
  input: NewAttendee,
): Promise<Id> {
  const { db } = ctx;
  return db.transaction('rw', db.meetings, db.members, db.attendance, async () => {
    const meeting = await editableMeeting(ctx, meetingId);
    const member = await db.members.get(memberId);
    if (member?.bodyId !== meeting.bodyId) {
      throw new DataError('That member is not (or no longer) a member of this body.', 'not-found');
    }
    const listed = await db.attendance.where('meetingId').equals(meetingId).toArray();
    if (listed.some((a) => a.memberId === memberId)) {
      throw new DataError(`${member.name} is already listed for this meeting.`, 'conflict');
    }
    const row: Attendance = {
      id: ctx.newId(),
      meetingId,
      memberId,
      forMemberId: null,
      name: member.name,
      organisation: member.organisation,
      role: input.role,
      note: input.note ?? '',
      position: newAttendancePosition(
        listed.map((a) => a.position),
        isChair(member.organisation),
      ),
      ...created(ctx),
    };
    refuseInvalid(row);
    await db.attendance.add(row);
    return row.id;
  });
}

/** Lists someone who is not a member (a guest, an observer, a presenter for one item). */
export async function addGuestAttendance(
  ctx: DataContext,
  meetingId: Id,
  input: NewGuest,
): Promise<Id> {
  const { db } = ctx;
  const fields = {
    id: ctx.newId(),
    meetingId,
    memberId: null,
    name: typeof input.name === 'string' ? tidyName(input.name) : input.name,
    organisation:
      typeof input.organisation === 'string' ? tidyName(input.organisation) : input.organisation,
    role: input.role,
    note: input.note ?? '',
    ...created(ctx),
  };
  refuseInvalid(fields);
  return db.transaction('rw', db.meetings, db.attendance, async () => {
    await editableMeeting(ctx, meetingId);
    const listed = await db.attendance.where('meetingId').equals(meetingId).toArray();
    // A guest goes to the end whatever their role says: "Chair of TSEG" is not the Chair.
    const position = newAttendancePosition(
      listed.map((a) => a.position),
      false,
    );
    const row: Attendance = { ...fields, forMemberId: null, position };
    await db.attendance.add(row);
    return row.id;
  });
}

/** Lists every member of the body not yet listed as present; returns how many were added. */
export async function addAllMembersPresent(ctx: DataContext, meetingId: Id): Promise<number> {
  const { db } = ctx;
  return db.transaction('rw', db.meetings, db.members, db.attendance, async () => {
    const meeting = await editableMeeting(ctx, meetingId);
    const members = (await db.members.where('bodyId').equals(meeting.bodyId).toArray()).sort(
      byMemberOrder,
    );
    const existing = await db.attendance.where('meetingId').equals(meetingId).toArray();
    const listed = new Set(existing.map((a) => a.memberId));
    const positions = existing.map((a) => a.position);
    const rows: Attendance[] = [];
    const add = (m: Member, first: boolean) => {
      const position = newAttendancePosition(positions, first);
      positions.push(position);
      rows.push({
        id: ctx.newId(),
        meetingId,
        forMemberId: null,
        memberId: m.id,
        name: m.name,
        organisation: m.organisation,
        role: 'present',
        note: '',
        position,
        ...created(ctx),
      });
    };
    // In the body's member order after everyone listed, except the Chair ahead of everyone.
    const adding = members.filter((m) => !listed.has(m.id));
    for (const m of adding.filter((a) => isChair(a.organisation)).reverse()) add(m, true);
    for (const m of adding.filter((a) => !isChair(a.organisation))) add(m, false);
    await db.attendance.bulkAdd(rows);
    return rows.length;
  });
}

/** Changes someone's role, note, or (for a guest) name and organisation, as typed. */
export async function updateAttendance(
  ctx: DataContext,
  id: Id,
  patch: AttendancePatch,
): Promise<void> {
  const changes: AttendancePatch = {};
  for (const key of ['role', 'note', 'name', 'organisation', 'forMemberId'] as const) {
    if (key in patch) Object.assign(changes, { [key]: patch[key] });
  }
  const { db } = ctx;
  await db.transaction('rw', db.meetings, db.members, db.attendance, async () => {
    const row = await db.attendance.get(id);
    if (!row) throw new DataError('That person is no longer listed.', 'not-found');
    await editableMeeting(ctx, row.meetingId);
    refuseInvalid({ ...row, ...changes });
    if (changes.forMemberId !== undefined && changes.forMemberId !== null) {
      const alternate = row.memberId === null ? undefined : await db.members.get(row.memberId);
      const error = alternateForError(alternate, await db.members.get(changes.forMemberId));
      if (error !== undefined) throw new DataError(error, 'invalid');
    }
    await db.attendance.update(id, { ...changes, ...touched(ctx) });
  });
}

/**
 * Moves someone one place up (-1) or down (+1) within their role's table, the order the
 * minutes print; nothing happens at either end. Only their own position changes.
 */
export async function moveAttendance(ctx: DataContext, id: Id, direction: -1 | 1): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.meetings, db.attendance, async () => {
    const row = await db.attendance.get(id);
    if (!row) throw new DataError('That person is no longer listed.', 'not-found');
    await editableMeeting(ctx, row.meetingId);
    const table = (await db.attendance.where('meetingId').equals(row.meetingId).toArray()).filter(
      (a) => a.role === row.role,
    );
    const position = positionForMove(table, id, direction);
    if (position !== null) await db.attendance.update(id, { position, ...touched(ctx) });
  });
}

/** Takes someone off the list; returns the row, so that an undo can put it back. */
export async function removeAttendance(ctx: DataContext, id: Id): Promise<Attendance | null> {
  const { db } = ctx;
  return db.transaction('rw', db.meetings, db.attendance, async () => {
    const row = await db.attendance.get(id);
    if (!row) return null;
    await editableMeeting(ctx, row.meetingId);
    await db.attendance.delete(id);
    return row;
  });
}

/** Puts back a row that {@link removeAttendance} took away, exactly as it was. */
export async function restoreAttendance(ctx: DataContext, row: Attendance): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.meetings, db.attendance, async () => {
    await editableMeeting(ctx, row.meetingId);
    await db.attendance.put(row);
  });
}
