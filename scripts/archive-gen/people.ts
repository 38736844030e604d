import type { Attendance, Member } from '../../src-renderer/domain';
import { positionsFor } from '../../src-renderer/domain';
import type { Random } from './random';

/**
 * The people of a generated body: members with names from across Europe (Welsh, German,
 * Greek …, so that search and documents meet letters beyond ASCII), and who attended each
 * meeting.
 */

const names = [
  'Llŷr Jones',
  'Zoë Müller',
  'Σοφία Παπαδοπούλου',
  'Siân Prydderch',
  'José Álvarez',
  'Øystein Berg',
  'Alison Reed',
  'David Hughes',
  'Priya Shah',
  'Mark Chen',
  'Ruth Okafor',
  'James Whitfield',
  'Helen Brooks',
  'Tom Gallagher',
  'Νίκος Γεωργίου',
  'Chloé Dubois',
  'Bronwen Ffowcs',
  'Łukasz Nowak',
  'Aoife Ní Bhriain',
  'Colin Baxter',
  'Fatima Rahman',
  'Søren Kierkegaard-Lund',
  'Grace O’Neill',
  'Ben Stone',
] as const;

const organisations = [
  'Chair',
  'Large Supplier Member',
  'Small Supplier Member',
  'Network Party Member',
  'Consumer Member',
  'Independent Member',
  'Other Party Member',
] as const;

const guests = [
  ['Laura Kemp', 'Secretariat', 'Secretariat'],
  ['Rob Ellis', 'Department for Energy', 'for item 5'],
  ['Claire Watts', 'Regulator', 'observer'],
] as const;

export type Audit = Pick<Member, 'createdAt' | 'updatedAt' | 'updatedBy'>;

const initialsOf = (name: string) =>
  name
    .split(/[\s-]+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');

const emailOf = (name: string) =>
  `${name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '')}@example.org`;

/** Sixteen members of a body, the first its Chair; the offset varies the names per body. */
export function makeMembers(
  random: Random,
  bodyId: string,
  offset: number,
  audit: Audit,
): Member[] {
  return Array.from({ length: 16 }, (_, i) => {
    const name = names[(i + offset * 5) % names.length] ?? 'Member';
    const ascii = emailOf(name);
    return {
      id: random.id(),
      bodyId,
      name,
      organisation: i === 0 ? 'Chair' : random.pick(organisations.slice(1)),
      // A Greek name has no ASCII letters: no address is known for it.
      email: ascii.startsWith('@') ? '' : ascii,
      role: i < 13 ? 'member' : i === 13 ? 'alternate' : 'observer',
      initials: initialsOf(name),
      ...audit,
    };
  });
}

/**
 * Who attended one meeting: the Chair and most members present, a few apologies, and the
 * secretariat and guests in attendance, in the order the attendance screen shows them.
 */
export function makeAttendance(
  random: Random,
  meetingId: string,
  members: readonly Member[],
  audit: Audit,
): Attendance[] {
  const rows: Omit<Attendance, 'position'>[] = [];
  const voting = members.filter((m) => m.role !== 'observer');
  const away = new Set(random.some(voting.slice(1), random.int(1, 3)).map((m) => m.id));
  const row = (
    member: Member | null,
    name: string,
    organisation: string,
    role: Attendance['role'],
    note: string,
  ) => ({
    id: random.id(),
    meetingId,
    memberId: member?.id ?? null,
    name,
    organisation,
    role,
    note,
    forMemberId: null,
    ...audit,
  });
  for (const m of voting)
    if (!away.has(m.id)) rows.push(row(m, m.name, m.organisation, 'present', ''));
  for (const m of voting)
    if (away.has(m.id)) rows.push(row(m, m.name, m.organisation, 'apologies', ''));
  for (const [name, organisation, note] of random.some(guests, random.int(1, 3))) {
    rows.push(row(null, name, organisation, 'in-attendance', note));
  }
  const keys = positionsFor(rows.length);
  return rows.map((r, i) => ({ ...r, position: keys[i] ?? 'a0' }));
}
