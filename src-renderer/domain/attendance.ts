import type { Attendance, AttendanceRole, Member } from './model';
import { limits, tidyName } from './text';

/** The three groups of an attendance list, in the order minutes print them. */
export const attendanceRoles: readonly AttendanceRole[] = ['present', 'apologies', 'in-attendance'];

export const attendanceRoleLabels: Readonly<Record<AttendanceRole, string>> = {
  present: 'Present',
  apologies: 'Apologies',
  'in-attendance': 'In attendance',
};

export interface PersonInput {
  name: string;
  organisation: string;
}

/** Checks a member or a guest: a name, and an organisation or role that fits one line. */
export function personError(input: PersonInput): string | undefined {
  if (typeof input.name !== 'string' || tidyName(input.name) === '') return 'A name is required.';
  if (input.name.length > limits.shortText) return 'The name is too long.';
  if (typeof input.organisation !== 'string' || input.organisation.length > limits.shortText)
    return 'The organisation or role is too long.';
  return undefined;
}

/** Checks an attendance note ("by teleconference", "for item 5"). */
export function attendanceNoteError(note: string): string | undefined {
  if (typeof note !== 'string' || note.length > limits.shortText) return 'The note is too long.';
  return undefined;
}

/** Checks a role, which may come from an archive written elsewhere, whatever the types say. */
export function attendanceRoleError(role: string): string | undefined {
  return (attendanceRoles as readonly string[]).includes(role)
    ? undefined
    : 'The role is present, apologies or in attendance.';
}

/** Members in the order the body lists them: the order they were added. */
export function byMemberOrder(a: Member, b: Member): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The attendance list in three groups. Members come in the body's member order (the Chair
 * first, as the secretary lists them), then guests in the order they were added.
 */
export function attendanceGroups<T extends Attendance>(
  rows: readonly T[],
  members: readonly Member[],
): Record<AttendanceRole, T[]> {
  const rank = new Map([...members].sort(byMemberOrder).map((m, i) => [m.id, i]));
  const order = (row: T) =>
    row.memberId !== null ? (rank.get(row.memberId) ?? members.length) : Number.POSITIVE_INFINITY;
  const sorted = [...rows].sort(
    (a, b) =>
      order(a) - order(b) ||
      (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return {
    present: sorted.filter((r) => r.role === 'present'),
    apologies: sorted.filter((r) => r.role === 'apologies'),
    'in-attendance': sorted.filter((r) => r.role === 'in-attendance'),
  };
}
