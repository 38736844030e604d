import { describe, expect, it } from 'vitest';
import {
  attendanceGroups,
  attendanceNoteError,
  attendanceRoleError,
  personError,
  positionForMove,
  type Attendance,
  type AttendanceRole,
} from '../../../src-renderer/domain';
import {
  isChair,
  newAttendancePosition,
  printOrderBeforePositions,
} from '../../../src-renderer/domain/attendance';

const audit = (at: string) => ({ createdAt: at, updatedAt: at, updatedBy: 'SECAS' });

const row = (
  id: string,
  role: AttendanceRole,
  position: string,
  more: Partial<Attendance> = {},
): Attendance => ({
  id,
  meetingId: 'm',
  memberId: null,
  name: id,
  organisation: '',
  role,
  note: '',
  forMemberId: null,
  position,
  ...audit('2016-03-10T10:00:00.000Z'),
  ...more,
});

describe('attendanceGroups', () => {
  it('groups by role, each in the stored order (position), whatever the order added', () => {
    const rows = [
      row('guest-late', 'present', 'a3', { createdAt: '2016-03-10T10:05:00.000Z' }),
      row('second', 'present', 'a1'),
      row('chair', 'present', 'a0', { createdAt: '2016-03-10T11:00:00.000Z' }),
      row('away', 'apologies', 'a2'),
      row('guest-early', 'present', 'a2V'),
      row('observer', 'in-attendance', 'Zz'),
    ];
    const groups = attendanceGroups(rows);
    expect(groups.present.map((r) => r.id)).toEqual([
      'chair',
      'second',
      'guest-early',
      'guest-late',
    ]);
    expect(groups.apologies.map((r) => r.id)).toEqual(['away']);
    expect(groups['in-attendance'].map((r) => r.id)).toEqual(['observer']);
  });

  it('follows a move up or down within a role', () => {
    const rows = [
      row('a', 'present', 'a0'),
      row('x', 'apologies', 'a1'),
      row('b', 'present', 'a2'),
    ];
    const present = rows.filter((r) => r.role === 'present');
    const up = positionForMove(present, 'b', -1);
    if (up === null) throw new Error('b can move up');
    const moved = rows.map((r) => (r.id === 'b' ? { ...r, position: up } : r));
    expect(attendanceGroups(moved).present.map((r) => r.id)).toEqual(['b', 'a']);
    expect(positionForMove(present, 'a', -1)).toBeNull();
  });
});

describe('the Chair', () => {
  it('is whoever the organisation or role names as Chair', () => {
    expect(isChair('Panel Chair')).toBe(true);
    expect(isChair('chair')).toBe(true);
    expect(isChair('Chairman of the Board')).toBe(true);
    expect(isChair('Vice Chair')).toBe(true);
    expect(isChair('Chairperson')).toBe(true);
    expect(isChair('Large Supplier Member')).toBe(false);
    expect(isChair('Armchair Society')).toBe(false);
    expect(isChair('Chairs and Tables Ltd')).toBe(false);
    expect(isChair('')).toBe(false);
  });

  it('is listed first when added; everyone else at the end', () => {
    expect(newAttendancePosition([], false)).toBe('a0');
    expect(newAttendancePosition([], true)).toBe('a0');
    const existing = ['a1', 'a0', 'a2'];
    const last = newAttendancePosition(existing, false);
    const first = newAttendancePosition(existing, true);
    expect([...existing, last, first].sort()).toEqual([first, 'a0', 'a1', 'a2', last]);
  });

  it('comes first within a role in the order printed before positions existed', () => {
    const at = (minute: number) => ({
      createdAt: `2016-03-10T10:${String(minute).padStart(2, '0')}:00.000Z`,
    });
    const rows = [
      row('guest', 'in-attendance', '', at(0)),
      row('member', 'present', '', at(1)),
      row('away-chair', 'apologies', '', { ...at(8), organisation: 'SEC Panel Chair' }),
      row('chair', 'present', '', { ...at(9), organisation: 'Panel Chair' }),
      row('away', 'apologies', '', at(2)),
      row('twin-b', 'present', '', at(3)),
      row('twin-a', 'present', '', at(3)),
    ];
    expect(printOrderBeforePositions(rows).map((r) => r.id)).toEqual([
      'chair',
      'member',
      'twin-a',
      'twin-b',
      'away-chair',
      'away',
      'guest',
    ]);
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
