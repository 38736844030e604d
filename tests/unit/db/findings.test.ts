import { describe, expect, it } from 'vitest';
import { acceptFinding, withdrawFinding } from '../../../src-renderer/db';
import { expectDataError, fakeContext, seedMeeting, useTestDatabases } from './support';

const open = useTestDatabases();

const finding = {
  phrase: 'northwind energy supply ltd remained in default',
  source: 'block:b1',
  places: ['block:b7', 'block:b8'],
  fingerprint: '0123456789abcd',
};

describe('accepting a finding of the leak guard', () => {
  it('keeps it with the meeting, stamped with who and when, once however often accepted', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    await acceptFinding(ctx, meetingId, finding);
    await acceptFinding(ctx, meetingId, { ...finding, places: ['block:b8', 'block:b7'] });
    const meeting = await ctx.db.meetings.get(meetingId);
    expect(meeting?.acceptedFindings).toEqual([
      { ...finding, acceptedAt: meeting?.updatedAt, acceptedBy: ctx.user() },
    ]);
    // A different fingerprint (a text changed since) is another acceptance.
    await acceptFinding(ctx, meetingId, { ...finding, fingerprint: 'ffffffffffffff' });
    expect((await ctx.db.meetings.get(meetingId))?.acceptedFindings).toHaveLength(2);

    await withdrawFinding(ctx, meetingId, finding);
    expect(
      (await ctx.db.meetings.get(meetingId))?.acceptedFindings.map((a) => a.fingerprint),
    ).toEqual(['ffffffffffffff']);
  });

  it('refuses wording no public text says, and a meeting that is gone', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    await expectDataError(acceptFinding(ctx, meetingId, { ...finding, places: [] }), 'invalid');
    await expectDataError(acceptFinding(ctx, 'gone', finding), 'not-found');
    expect((await ctx.db.meetings.get(meetingId))?.acceptedFindings).toEqual([]);
  });
});
