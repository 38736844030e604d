import { describe, expect, it } from 'vitest';
import {
  attendanceGroups,
  attendanceNoteError,
  attendanceRoleError,
  personError,
  type Attendance,
  type AttendanceRole,
  type Member,
} from '../../../src-renderer/domain';

const audit = (at: string) => ({ createdAt: at, updatedAt: at, updatedBy: 'SECAS' });

const member = (id: string, name: string, at: string): Member => ({
  id,
  bodyId: 'b',
  name,
  organisation: '',
  ...audit(at),
});

const row = (
  id: string,
  memberId: string | null,
  role: AttendanceRole,
  at = '2016-03-10T10:00:00.000Z',
): Attendance => ({
  id,
  meetingId: 'm',
  memberId,
  name: id,
  organisation: '',
  role,
  note: '',
  ...audit(at),
});

describe('attendanceGroups', () => {
  it('groups by role; members in the body order, then guests in the order added', () => {
    const members = [
      member('m2', 'Second', '2016-01-02T00:00:00.000Z'),
      member('m1', 'Chair', '2016-01-01T00:00:00.000Z'),
    ];
    const rows = [
      row('guest-late', null, 'present', '2016-03-10T10:05:00.000Z'),
      row('guest-early', null, 'present', '2016-03-10T10:01:00.000Z'),
      row('second', 'm2', 'present'),
      row('chair', 'm1', 'present'),
      row('away', 'm3-removed', 'apologies'),
      row('observer', null, 'in-attendance'),
    ];
    const groups = attendanceGroups(rows, members);
    expect(groups.present.map((r) => r.id)).toEqual([
      'chair',
      'second',
      'guest-early',
      'guest-late',
    ]);
    expect(groups.apologies.map((r) => r.id)).toEqual(['away']);
    expect(groups['in-attendance'].map((r) => r.id)).toEqual(['observer']);
  });
});

describe('people and notes', () => {
  it('needs a name; bounds the organisation and the note', () => {
    expect(personError({ name: 'Jane Smith', organisation: 'Panel Chair' })).toBeUndefined();
    expect(personError({ name: ' \t', organisation: '' })).toMatch(/name is required/);
    expect(personError({ name: 'x'.repeat(501), organisation: '' })).toMatch(/too long/);
    expect(personError({ name: 'x', organisation: 'y'.repeat(501) })).toMatch(/too long/);
    expect(attendanceNoteError('by teleconference')).toBeUndefined();
    expect(attendanceNoteError('n'.repeat(501))).toMatch(/too long/);
  });

  it('knows the three roles only', () => {
    expect(attendanceRoleError('present')).toBeUndefined();
    expect(attendanceRoleError('in-attendance')).toBeUndefined();
    expect(attendanceRoleError('chair')).toMatch(/present, apologies or in attendance/);
  });
});
