import type { Attendance, AttendanceRole, Member } from './model';
import { byPosition, positionAtEnd, positionBetween } from './position';
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
 * Whether an organisation or role names the Chair ("Panel Chair", "Chair", "Chairman"): such a
 * person is listed first by default. "Vice Chair" says Chair too; the user can reorder.
 */
export function isChair(organisation: string): boolean {
  return typeof organisation === 'string' && /\bchair(?:man|woman|person)?\b/iu.test(organisation);
}

type Ordered = Pick<Attendance, 'id' | 'role' | 'organisation' | 'createdAt'>;

/**
 * The order attendance printed in before it had positions (archive format 2, database version
 * 3): by role (present, apologies, in attendance), then the order added; except that within a
 * role the Chair comes first. Upgrades give positions in this order.
 */
export function printOrderBeforePositions<T extends Ordered>(rows: readonly T[]): T[] {
  const roleRank = (row: T) => {
    const rank = (attendanceRoles as readonly string[]).indexOf(row.role);
    return rank < 0 ? attendanceRoles.length : rank;
  };
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows].sort(
    (a, b) =>
      roleRank(a) - roleRank(b) ||
      Number(!isChair(a.organisation)) - Number(!isChair(b.organisation)) ||
      compare(text(a.createdAt), text(b.createdAt)) ||
      compare(text(a.id), text(b.id)),
  );
}

/**
 * The position for someone newly listed: after everyone, or ahead of everyone when `first`
 * (a member whose organisation says Chair).
 */
export function newAttendancePosition(positions: readonly string[], first: boolean): string {
  if (!first || positions.length === 0) return positionAtEnd(positions);
  let lowest = positions[0] as string;
  for (const p of positions) if (p < lowest) lowest = p;
  return positionBetween(null, lowest);
}

/**
 * The attendance list in three groups, each in the order set on the Attendance screen (the
 * stored position): the order the minutes print each role's table in.
 */
export function attendanceGroups<T extends Attendance>(
  rows: readonly T[],
): Record<AttendanceRole, T[]> {
  const sorted = [...rows].sort(byPosition);
  return {
    present: sorted.filter((r) => r.role === 'present'),
    apologies: sorted.filter((r) => r.role === 'apologies'),
    'in-attendance': sorted.filter((r) => r.role === 'in-attendance'),
  };
}
