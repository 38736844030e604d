import type { Attendance } from './model';

export interface QuorumStatus {
  /** Members the body needs present; 0 when it has no quorum. */
  required: number;
  /** Distinct members of the body listed as present (guests and people in attendance do not count). */
  present: number;
  quorate: boolean;
}

/**
 * Whether a meeting is quorate: members present against the body's quorum. A guest (no
 * member behind the row) and someone "in attendance" never count, and a member listed twice
 * counts once.
 */
export function quorumStatus(
  quorum: number,
  attendance: readonly Pick<Attendance, 'memberId' | 'role'>[],
): QuorumStatus {
  const present = new Set(
    attendance.filter((a) => a.role === 'present' && a.memberId !== null).map((a) => a.memberId),
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
