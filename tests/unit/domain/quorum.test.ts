import { describe, expect, it } from 'vitest';
import {
  describeQuorum,
  quorumStatus,
  type Attendance,
  type AttendanceRole,
  type Member,
  type MemberRole,
} from '../../../src-renderer/domain';

type Row = Pick<Attendance, 'memberId' | 'role'>;
const member = (id: string, role: AttendanceRole = 'present'): Row => ({ memberId: id, role });
const guest = (role: AttendanceRole = 'present'): Row => ({ memberId: null, role });
/** The body's members a, b, c, d, all voting members. */
const roster: Pick<Member, 'id' | 'role'>[] = ['a', 'b', 'c', 'd'].map((id) => ({
  id,
  role: 'member',
}));

describe('quorumStatus', () => {
  it('is quorate when members present reach the quorum', () => {
    expect(quorumStatus(3, [member('a'), member('b'), member('c')], roster)).toEqual({
      required: 3,
      present: 3,
      quorate: true,
    });
  });

  it('is not quorate one member short', () => {
    expect(quorumStatus(3, [member('a'), member('b')], roster)).toEqual({
      required: 3,
      present: 2,
      quorate: false,
    });
  });

  it('counts neither guests, nor apologies, nor people in attendance', () => {
    const rows = [
      member('a'),
      guest(),
      guest('in-attendance'),
      member('b', 'apologies'),
      member('c', 'in-attendance'),
    ];
    expect(quorumStatus(2, rows, roster)).toEqual({ required: 2, present: 1, quorate: false });
  });

  it('counts a member listed twice once', () => {
    expect(quorumStatus(2, [member('a'), member('a')], roster).present).toBe(1);
  });

  it('is always quorate when the body sets no quorum', () => {
    expect(quorumStatus(0, [], roster)).toEqual({ required: 0, present: 0, quorate: true });
  });
});

describe('quorumStatus by role', () => {
  const body = (roles: Record<string, MemberRole>) =>
    Object.entries(roles).map(([id, role]) => ({ id, role }));
  const everyone = [member('m'), member('alt'), member('obs'), member('sec')];

  it('counts members and alternates present, never observers or the secretariat', () => {
    const roles = body({ m: 'member', alt: 'alternate', obs: 'observer', sec: 'secretariat' });
    expect(quorumStatus(3, everyone, roles)).toEqual({
      required: 3,
      present: 2,
      quorate: false,
    });
    expect(quorumStatus(2, everyone, roles).quorate).toBe(true);
  });

  it('counts nobody whose member row is gone from the body', () => {
    expect(quorumStatus(1, [member('gone')], body({ m: 'member' })).present).toBe(0);
  });

  it('follows a change of role', () => {
    const before = body({ m: 'member', alt: 'alternate', obs: 'member', sec: 'member' });
    const after = body({ m: 'member', alt: 'observer', obs: 'observer', sec: 'secretariat' });
    expect(quorumStatus(4, everyone, before).present).toBe(4);
    expect(quorumStatus(4, everyone, after).present).toBe(1);
  });
});

describe('describeQuorum', () => {
  it('says how many are present and how many are needed', () => {
    expect(describeQuorum(quorumStatus(4, [member('a'), member('b'), member('c')], roster))).toBe(
      'Not quorate: 3 members present, 4 needed for the quorum.',
    );
    expect(describeQuorum(quorumStatus(1, [member('a')], roster))).toBe(
      'Quorate: 1 member present; the quorum is 1.',
    );
    expect(describeQuorum(quorumStatus(0, [member('a'), member('b')], roster))).toBe(
      'No quorum is set; 2 members present.',
    );
  });
});
