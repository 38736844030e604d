import { describe, expect, it } from 'vitest';
import { addAmendment, listAmendments } from '../../../src-renderer/db';
import {
  approve,
  expectDataError,
  fakeContext,
  seedMeeting,
  snapshot,
  useTestDatabases,
} from './support';

const open = useTestDatabases();

const correction = {
  date: '2016-04-14',
  reason: 'Agreed at meeting 31: the attendance list omitted a member.',
  text: 'Present: … Jo Bloggs (Large Supplier Member) …',
};

describe('addAmendment', () => {
  it('records an amendment to approved minutes, with the audit trail', async () => {
    const ctx = fakeContext(open(), { idPrefix: 'x' });
    const { meetingId } = await seedMeeting(ctx);
    await approve(ctx, meetingId);
    ctx.setUser('Panel Chair');
    const at = ctx.advance();
    const id = await addAmendment(ctx, meetingId, correction);
    expect(await ctx.db.amendments.get(id)).toEqual({
      id,
      meetingId,
      ...correction,
      itemId: null,
      confidential: false,
      agreedAt: null,
      createdAt: at,
      updatedAt: at,
      updatedBy: 'Panel Chair',
    });
    // The meeting itself is not touched: approved minutes stay as approved.
    expect((await ctx.db.meetings.get(meetingId))?.updatedAt).not.toBe(at);
  });

  it.each(['draft', 'live', 'held'] as const)(
    'is refused while the meeting is %s, when the minutes can still be edited',
    async (status) => {
      const ctx = fakeContext(open());
      const { meetingId } = await seedMeeting(ctx);
      await ctx.db.meetings.update(meetingId, { status });
      await expectDataError(addAmendment(ctx, meetingId, correction), 'invalid', /not approved/);
      expect(await ctx.db.amendments.count()).toBe(0);
    },
  );

  it.each([
    [
      'a date that does not exist',
      { date: '2016-02-30' },
      /Enter the date of the amendment as a date such as/,
    ],
    ['no reason', { reason: '  ' }, /why/],
    ['no wording', { text: '' }, /wording/],
    ['200 KB of text', { text: 'x'.repeat(200 * 1024) }, /characters at most/],
  ])('refuses %s, writing nothing', async (_, change, message) => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    await approve(ctx, meetingId);
    const before = await snapshot(ctx.db);
    await expectDataError(
      addAmendment(ctx, meetingId, { ...correction, ...change }),
      'invalid',
      message,
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses a meeting that does not exist', async () => {
    const ctx = fakeContext(open());
    await expectDataError(addAmendment(ctx, 'gone', correction), 'not-found');
  });

  it('keeps the text as typed, any Unicode', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    await approve(ctx, meetingId);
    const text = '  Zoë’s “amended” line — 数字 🙂\n  second line  ';
    const id = await addAmendment(ctx, meetingId, { ...correction, text });
    expect((await ctx.db.amendments.get(id))?.text).toBe(text);
  });
});

describe('listAmendments', () => {
  it('lists a meeting’s amendments by date, then by when recorded', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    await approve(ctx, meetingId);
    ctx.advance();
    await addAmendment(ctx, meetingId, { ...correction, date: '2016-05-01', reason: 'Second' });
    ctx.advance();
    await addAmendment(ctx, meetingId, { ...correction, date: '2016-04-14', reason: 'First' });
    ctx.advance();
    await addAmendment(ctx, meetingId, { ...correction, date: '2016-05-01', reason: 'Third' });
    const reasons = (await listAmendments(ctx, meetingId)).map((a) => a.reason);
    expect(reasons).toEqual(['First', 'Second', 'Third']);
    expect(await listAmendments(ctx, 'another-meeting')).toEqual([]);
  });
});
