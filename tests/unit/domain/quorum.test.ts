import { describe, expect, it } from 'vitest';
import {
  describeQuorum,
  quorumStatus,
  type Attendance,
  type AttendanceRole,
} from '../../../src-renderer/domain';

type Row = Pick<Attendance, 'memberId' | 'role'>;
const member = (id: string, role: AttendanceRole = 'present'): Row => ({ memberId: id, role });
const guest = (role: AttendanceRole = 'present'): Row => ({ memberId: null, role });

describe('quorumStatus', () => {
  it('is quorate when members present reach the quorum', () => {
    expect(quorumStatus(3, [member('a'), member('b'), member('c')])).toEqual({
      required: 3,
      present: 3,
      quorate: true,
    });
  });

  it('is not quorate one member short', () => {
    expect(quorumStatus(3, [member('a'), member('b')])).toEqual({
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
    expect(quorumStatus(2, rows)).toEqual({ required: 2, present: 1, quorate: false });
  });

  it('counts a member listed twice once', () => {
    expect(quorumStatus(2, [member('a'), member('a')]).present).toBe(1);
  });

  it('is always quorate when the body sets no quorum', () => {
    expect(quorumStatus(0, [])).toEqual({ required: 0, present: 0, quorate: true });
  });
});

describe('describeQuorum', () => {
  it('says how many are present and how many are needed', () => {
    expect(describeQuorum(quorumStatus(4, [member('a'), member('b'), member('c')]))).toBe(
      'Not quorate: 3 members present, 4 needed for the quorum.',
    );
    expect(describeQuorum(quorumStatus(1, [member('a')]))).toBe(
      'Quorate: 1 member present; the quorum is 1.',
    );
    expect(describeQuorum(quorumStatus(0, [member('a'), member('b')]))).toBe(
      'No quorum is set; 2 members present.',
    );
  });
});
