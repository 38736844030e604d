import type { Attendance, Member, MemberRole } from './model';

export interface QuorumStatus {
  /** Members the body needs present; 0 when it has no quorum. */
  required: number;
  /**
   * Distinct voting members of the body listed as present: members and alternates (observers,
   * the secretariat, guests and people in attendance do not count).
   */
  present: number;
  quorate: boolean;
}

/** The roles that count towards the quorum: those who may vote. */
const votingRoles: ReadonlySet<MemberRole> = new Set(['member', 'alternate']);

/**
 * Whether a meeting is quorate: voting members present against the body's quorum. Only a
 * member of the body whose role is 'member' or 'alternate' counts: an observer, the
 * secretariat, a guest (no member behind the row, or a member no longer on the body) and
 * someone "in attendance" never do, and a member listed twice counts once.
 */
export function quorumStatus(
  quorum: number,
  attendance: readonly (Pick<Attendance, 'memberId' | 'role'> &
    Partial<Pick<Attendance, 'forMemberId'>>)[],
  members: readonly Pick<Member, 'id' | 'role'>[],
): QuorumStatus {
  const voting = new Set(members.filter((m) => votingRoles.has(m.role)).map((m) => m.id));
  // An alternate voting for a member counts as that member: once, even beside them.
  const present = new Set(
    attendance
      .filter((a) => a.role === 'present' && a.memberId !== null && voting.has(a.memberId))
      .map((a) => a.forMemberId ?? a.memberId),
  ).size;
  const required = Math.max(0, quorum);
  return { required, present, quorate: present >= required };
}

/** The quorum in a sentence for the secretary and the Chair. */
export function describeQuorum(status: QuorumStatus): string {
  const members = (n: number) => `${String(n)} member${n === 1 ? '' : 's'}`;
  if (status.required === 0) return `No quorum is set; ${members(status.present)} present.`;
  if (status.quorate)
    return `Quorate: ${members(status.present)} present; the quorum is ${String(status.required)}.`;
  return `Not quorate: ${members(status.present)} present, ${String(status.required)} needed for the quorum.`;
}
