import { describe, expect, it } from 'vitest';
import {
  addAllMembersPresent,
  addGuestAttendance,
  addMember,
  addMemberAttendance,
  createBody,
  removeAttendance,
  restoreAttendance,
  updateAttendance,
  updateMember,
} from '../../../src-renderer/db';
import { moveAttendance } from '../../../src-renderer/db/repos/attendance';
import { attendanceGroups } from '../../../src-renderer/domain';
import {
  approve,
  expectDataError,
  fakeContext,
  secPanel,
  seedMeeting,
  snapshot,
  start,
  useTestDatabases,
  type TestContext,
} from './support';

const open = useTestDatabases();

async function panel(ctx: TestContext) {
  const { bodyId, meetingId } = await seedMeeting(ctx);
  const chair = await addMember(ctx, bodyId, { name: 'Gordon Hextall', organisation: 'Chair' });
  ctx.advance();
  const supplier = await addMember(ctx, bodyId, {
    name: 'Julian Hughes',
    organisation: 'Large Supplier Member',
  });
  ctx.advance();
  return { bodyId, meetingId, chair, supplier };
}

describe('attendance', () => {
  it('lists a member with their name and organisation, a role and a note', async () => {
    const ctx = fakeContext(open(), { idPrefix: 'a' });
    const { meetingId, chair } = await panel(ctx);
    const id = await addMemberAttendance(ctx, meetingId, chair, {
      role: 'present',
      note: 'by teleconference',
    });
    expect(await ctx.db.attendance.get(id)).toEqual({
      id,
      meetingId,
      memberId: chair,
      name: 'Gordon Hextall',
      organisation: 'Chair',
      role: 'present',
      note: 'by teleconference',
      position: 'a0',
      forMemberId: null,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
      updatedBy: 'SECAS',
    });
  });

  it('keeps the name a member had at the meeting when the member is renamed later', async () => {
    const ctx = fakeContext(open());
    const { meetingId, chair } = await panel(ctx);
    const id = await addMemberAttendance(ctx, meetingId, chair, { role: 'present' });
    await updateMember(ctx, chair, { name: 'Someone Else' });
    expect((await ctx.db.attendance.get(id))?.name).toBe('Gordon Hextall');
  });

  it('lists a guest with no member behind them', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await panel(ctx);
    const id = await addGuestAttendance(ctx, meetingId, {
      name: ' Nick  Blake ',
      organisation: 'DCC',
      role: 'in-attendance',
      note: 'for item 5',
    });
    expect(await ctx.db.attendance.get(id)).toMatchObject({
      memberId: null,
      name: 'Nick Blake',
      organisation: 'DCC',
      role: 'in-attendance',
      note: 'for item 5',
    });
  });

  it('adds every member not yet listed as present, in member order, once', async () => {
    const ctx = fakeContext(open());
    const { meetingId, chair, supplier, bodyId } = await panel(ctx);
    await addMemberAttendance(ctx, meetingId, supplier, { role: 'apologies' });
    const third = await addMember(ctx, bodyId, { name: 'Third', organisation: '' });
    expect(await addAllMembersPresent(ctx, meetingId)).toBe(2);
    expect(await addAllMembersPresent(ctx, meetingId)).toBe(0);
    const rows = await ctx.db.attendance.toArray();
    const groups = attendanceGroups(rows);
    expect(groups.present.map((r) => r.memberId)).toEqual([chair, third]);
    expect(groups.apologies.map((r) => r.memberId)).toEqual([supplier]);
  });

  it('lists newcomers at the end, except a member whose organisation says Chair, who goes first', async () => {
    const ctx = fakeContext(open());
    const { meetingId, chair, supplier } = await panel(ctx);
    const guest = await addGuestAttendance(ctx, meetingId, {
      name: 'Nick Blake',
      organisation: 'Chair of TSEG',
      role: 'present',
    });
    await addMemberAttendance(ctx, meetingId, supplier, { role: 'present' });
    await addMemberAttendance(ctx, meetingId, chair, { role: 'present' });
    const present = attendanceGroups(await ctx.db.attendance.toArray()).present;
    expect(present.map((r) => r.name)).toEqual(['Gordon Hextall', 'Nick Blake', 'Julian Hughes']);
    expect(present.map((r) => r.memberId)).toEqual([chair, null, supplier]);
    expect(guest).toBe(present[1]?.id);
  });

  it('puts the Chair first when every member is added at once', async () => {
    const ctx = fakeContext(open());
    const { meetingId, bodyId } = await panel(ctx);
    await addGuestAttendance(ctx, meetingId, {
      name: 'Early Guest',
      organisation: '',
      role: 'present',
    });
    await addMember(ctx, bodyId, { name: 'Vera Vice', organisation: 'Vice Chair' });
    await addAllMembersPresent(ctx, meetingId);
    const present = attendanceGroups(await ctx.db.attendance.toArray()).present;
    expect(present.map((r) => r.name)).toEqual([
      'Gordon Hextall',
      'Vera Vice',
      'Early Guest',
      'Julian Hughes',
    ]);
  });

  it('moves someone up or down within their role, changing only their own row', async () => {
    const ctx = fakeContext(open());
    const { meetingId, chair, supplier } = await panel(ctx);
    const first = await addMemberAttendance(ctx, meetingId, chair, { role: 'present' });
    const away = await addGuestAttendance(ctx, meetingId, {
      name: 'Away',
      organisation: '',
      role: 'apologies',
    });
    const second = await addMemberAttendance(ctx, meetingId, supplier, { role: 'present' });
    const guest = await addGuestAttendance(ctx, meetingId, {
      name: 'Guest',
      organisation: '',
      role: 'present',
    });
    const before = await ctx.db.attendance.toArray();
    const later = ctx.advance();
    await moveAttendance(ctx, guest, -1);
    await moveAttendance(ctx, guest, -1);
    const order = async () =>
      attendanceGroups(await ctx.db.attendance.toArray()).present.map((r) => r.id);
    expect(await order()).toEqual([guest, first, second]);
    await moveAttendance(ctx, guest, -1); // already first: nothing happens
    await moveAttendance(ctx, second, 1); // already last
    expect(await order()).toEqual([guest, first, second]);
    await moveAttendance(ctx, first, -1);
    expect(await order()).toEqual([first, guest, second]);
    const after = await ctx.db.attendance.toArray();
    const unchanged = before.filter((r) => r.id !== guest && r.id !== first);
    expect(after.filter((r) => r.id !== guest && r.id !== first)).toEqual(unchanged);
    expect((await ctx.db.attendance.get(guest))?.updatedAt).toBe(later);
    expect((await ctx.db.attendance.get(away))?.role).toBe('apologies');
  });

  it('refuses to reorder the attendance of approved minutes', async () => {
    const ctx = fakeContext(open());
    const { meetingId, chair, supplier } = await panel(ctx);
    await addMemberAttendance(ctx, meetingId, chair, { role: 'present' });
    const second = await addMemberAttendance(ctx, meetingId, supplier, { role: 'present' });
    await approve(ctx, meetingId);
    await expectDataError(moveAttendance(ctx, second, -1), 'locked');
  });

  it('changes a role and a note as typed, one field at a time', async () => {
    const ctx = fakeContext(open());
    const { meetingId, chair } = await panel(ctx);
    const id = await addMemberAttendance(ctx, meetingId, chair, { role: 'present' });
    const later = ctx.advance();
    await updateAttendance(ctx, id, { note: 'by telecon' });
    await updateAttendance(ctx, id, { role: 'apologies' });
    expect(await ctx.db.attendance.get(id)).toMatchObject({
      role: 'apologies',
      note: 'by telecon',
      updatedAt: later,
      createdAt: start.replace('10:00', '10:02'),
    });
  });

  it('removes someone and puts them back exactly on undo', async () => {
    const ctx = fakeContext(open());
    const { meetingId, chair } = await panel(ctx);
    const id = await addMemberAttendance(ctx, meetingId, chair, { role: 'present' });
    const stored = await ctx.db.attendance.get(id);
    const removed = await removeAttendance(ctx, id);
    expect(removed).toEqual(stored);
    expect(await ctx.db.attendance.count()).toBe(0);
    if (!removed) throw new Error('unreachable');
    await restoreAttendance(ctx, removed);
    expect(await ctx.db.attendance.get(id)).toEqual(stored);
  });

  describe('refusals', () => {
    it('refuses a member twice, a member of another body, and a missing meeting', async () => {
      const ctx = fakeContext(open());
      const { meetingId, chair } = await panel(ctx);
      await addMemberAttendance(ctx, meetingId, chair, { role: 'present' });
      const otherBody = await createBody(ctx, { ...secPanel, name: 'Other Panel' });
      const stranger = await addMember(ctx, otherBody, { name: 'Stranger', organisation: '' });
      const before = await snapshot(ctx.db);
      await expectDataError(
        addMemberAttendance(ctx, meetingId, chair, { role: 'apologies' }),
        'conflict',
        /already listed/,
      );
      await expectDataError(
        addMemberAttendance(ctx, meetingId, stranger, { role: 'present' }),
        'not-found',
      );
      await expectDataError(
        addGuestAttendance(ctx, 'no-meeting', { name: 'A', organisation: '', role: 'present' }),
        'not-found',
      );
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('refuses hostile and oversized input, writing nothing', async () => {
      const ctx = fakeContext(open());
      const { meetingId, chair } = await panel(ctx);
      const id = await addMemberAttendance(ctx, meetingId, chair, { role: 'present' });
      const before = await snapshot(ctx.db);
      const guest = { name: 'Guest', organisation: '', role: 'present' } as const;
      await expectDataError(
        addGuestAttendance(ctx, meetingId, { ...guest, name: '  ' }),
        'invalid',
      );
      await expectDataError(
        addGuestAttendance(ctx, meetingId, { ...guest, note: 'n'.repeat(200 * 1024) }),
        'invalid',
        /too long/,
      );
      await expectDataError(
        addGuestAttendance(ctx, meetingId, { ...guest, role: 'chair' as never }),
        'invalid',
      );
      await expectDataError(
        addGuestAttendance(ctx, meetingId, { ...guest, name: 42 as never }),
        'invalid',
      );
      await expectDataError(updateAttendance(ctx, id, { role: 'absent' as never }), 'invalid');
      await expectDataError(updateAttendance(ctx, id, { note: 'x'.repeat(501) }), 'invalid');
      await expectDataError(updateAttendance(ctx, 'gone', { note: '' }), 'not-found');
      // Fields outside the patch are ignored, not written.
      await updateAttendance(ctx, id, { meetingId: 'elsewhere', id: 'x' } as never);
      expect((await ctx.db.attendance.get(id))?.meetingId).toBe(meetingId);
      const after = await snapshot(ctx.db);
      expect(after.attendance).toHaveLength(1);
      expect({ ...after, attendance: [] }).toEqual({ ...before, attendance: [] });
    });

    it('refuses every change once the minutes are approved', async () => {
      const ctx = fakeContext(open());
      const { meetingId, chair, supplier } = await panel(ctx);
      const id = await addMemberAttendance(ctx, meetingId, chair, { role: 'present' });
      await approve(ctx, meetingId);
      const before = await snapshot(ctx.db);
      const stored = await ctx.db.attendance.get(id);
      if (!stored) throw new Error('unreachable');
      await expectDataError(
        addMemberAttendance(ctx, meetingId, supplier, { role: 'present' }),
        'locked',
        /approved and locked/,
      );
      await expectDataError(
        addGuestAttendance(ctx, meetingId, { name: 'G', organisation: '', role: 'present' }),
        'locked',
      );
      await expectDataError(addAllMembersPresent(ctx, meetingId), 'locked');
      await expectDataError(updateAttendance(ctx, id, { note: 'late' }), 'locked');
      await expectDataError(removeAttendance(ctx, id), 'locked');
      await expectDataError(restoreAttendance(ctx, { ...stored, note: 'x' }), 'locked');
      expect(await snapshot(ctx.db)).toEqual(before);
    });
  });
});
