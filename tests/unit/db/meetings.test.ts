import { describe, expect, it } from 'vitest';
import {
  createBody,
  createMeeting,
  setMeetingStatus,
  suggestMeetingNumber,
  updateMeeting,
} from '../../../src-renderer/db';
import type { MeetingStatus } from '../../../src-renderer/domain';
import { dateMessage } from '../../../src-renderer/domain/validation';
import {
  approve,
  expectDataError,
  fakeContext,
  meeting30,
  secPanel,
  seedMeeting,
  snapshot,
  start,
  useTestDatabases,
} from './support';

const open = useTestDatabases();

describe('createMeeting', () => {
  it('stores a draft meeting with a trimmed venue and audit fields', async () => {
    const ctx = fakeContext(open(), { user: 'SECAS', idPrefix: 'x' });
    const bodyId = await createBody(ctx, secPanel);
    const at = ctx.advance();
    const id = await createMeeting(ctx, bodyId, { ...meeting30, venue: '  Teleconference ' });
    expect(id).toBe('x-0002');
    expect(await ctx.db.meetings.get(id)).toEqual({
      id,
      bodyId,
      number: 30,
      date: '2016-03-10',
      startTime: '10:00',
      venue: 'Teleconference',
      status: 'draft',
      startedAt: null,
      closedAt: null,
      lastActionSequence: 0,
      acceptedFindings: [],
      approval: null,
      circulations: [],
      createdAt: at,
      updatedAt: at,
      updatedBy: 'SECAS',
    });
  });

  it('refuses an unknown body, writing nothing', async () => {
    const ctx = fakeContext(open());
    await expectDataError(createMeeting(ctx, 'no-such-body', meeting30), 'not-found');
    expect(await ctx.db.meetings.count()).toBe(0);
  });

  it.each([
    ['a date that does not exist', { date: '2016-02-30' }, dateMessage()],
    ['the time 24:00', { startTime: '24:00' }, 'The time is written HH:MM, e.g. 10:00.'],
    ['meeting number 0', { number: 0 }, 'The meeting number is a whole number from 1.'],
    ['a 200 KB venue', { venue: 'v'.repeat(200 * 1024) }, 'The venue is too long.'],
  ])('refuses %s with a clear message, writing nothing', async (_, change, message) => {
    const ctx = fakeContext(open());
    const bodyId = await createBody(ctx, secPanel);
    const before = await snapshot(ctx.db);
    await expectDataError(
      createMeeting(ctx, bodyId, { ...meeting30, ...change }),
      'invalid',
      message,
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses a number the body already uses, naming it', async () => {
    const ctx = fakeContext(open());
    const { bodyId } = await seedMeeting(ctx);
    await expectDataError(
      createMeeting(ctx, bodyId, { ...meeting30, date: '2016-04-14' }),
      'invalid',
      'Meeting 30 already exists for this body.',
    );
    expect(await ctx.db.meetings.count()).toBe(1);
  });

  it('lets two bodies both have a meeting 30', async () => {
    const ctx = fakeContext(open());
    const { bodyId: sec } = await seedMeeting(ctx);
    const other = await createBody(ctx, { ...secPanel, name: 'Pwyllgor Ŵyŷ', actionPrefix: 'PW' });
    await createMeeting(ctx, other, meeting30);
    const meetings = await ctx.db.meetings.toArray();
    expect(meetings.map((m) => [m.bodyId, m.number]).sort()).toEqual(
      [
        [sec, 30],
        [other, 30],
      ].sort(),
    );
  });

  it('lets exactly one of two simultaneous meeting 30s through', async () => {
    const ctx = fakeContext(open());
    const bodyId = await createBody(ctx, secPanel);
    const results = await Promise.allSettled([
      createMeeting(ctx, bodyId, meeting30),
      createMeeting(ctx, bodyId, { ...meeting30, date: '2016-03-11' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await ctx.db.meetings.count()).toBe(1);
  });
});

describe('suggestMeetingNumber', () => {
  it('suggests 1 for a new body and one past the highest after that, per body', async () => {
    const ctx = fakeContext(open());
    const { bodyId } = await seedMeeting(ctx);
    const other = await createBody(ctx, { ...secPanel, name: 'Other' });
    expect(await suggestMeetingNumber(ctx, other)).toBe(1);
    expect(await suggestMeetingNumber(ctx, bodyId)).toBe(31);
    await createMeeting(ctx, bodyId, { ...meeting30, number: 28 });
    expect(await suggestMeetingNumber(ctx, bodyId)).toBe(31);
  });
});

describe('updateMeeting', () => {
  it('changes only the given fields and records who changed it and when', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    const before = await ctx.db.meetings.get(meetingId);
    const later = ctx.advance();
    ctx.setUser('Chair');
    await updateMeeting(ctx, meetingId, { venue: 'Teleconference' });
    expect(await ctx.db.meetings.get(meetingId)).toEqual({
      ...before,
      venue: 'Teleconference',
      createdAt: start,
      updatedAt: later,
      updatedBy: 'Chair',
    });
  });

  it('stores Unicode and control characters in the venue exactly as typed', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    const venue = 'Canolfan Ŵyŷ, Caerdydd\u0007\u0000 — 会議室 🏛️';
    await updateMeeting(ctx, meetingId, { venue });
    expect((await ctx.db.meetings.get(meetingId))?.venue).toBe(venue);
  });

  it('refuses an unknown meeting with not-found', async () => {
    const ctx = fakeContext(open());
    await seedMeeting(ctx);
    const before = await snapshot(ctx.db);
    await expectDataError(updateMeeting(ctx, 'nope', { venue: 'X' }), 'not-found');
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses any change once the minutes are approved, naming the meeting', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    await approve(ctx, meetingId);
    const before = await snapshot(ctx.db);
    ctx.advance();
    await expectDataError(
      updateMeeting(ctx, meetingId, { venue: 'Elsewhere' }),
      'locked',
      /meeting 30 are approved and locked/,
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  // createMeeting validates; an edit through updateMeeting is stored unchecked.
  describe('validates an edit as createMeeting validates a new meeting', () => {
    it.each([
      ['a date that does not exist', { date: '2016-02-30' }],
      ['a date in another format', { date: '10/03/2016' }],
      ['the time 24:00', { startTime: '24:00' }],
      ['a 200 KB venue', { venue: 'v'.repeat(200 * 1024) }],
    ])('refuses %s, writing nothing', async (_, patch) => {
      const ctx = fakeContext(open());
      const { meetingId } = await seedMeeting(ctx);
      const before = await snapshot(ctx.db);
      await expectDataError(updateMeeting(ctx, meetingId, patch), 'invalid');
      expect(await snapshot(ctx.db)).toEqual(before);
    });
  });
});

describe('setMeetingStatus', () => {
  it('takes a meeting draft → live → held → approved, recording each change', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    for (const [status, user] of [
      ['live', 'Chair'],
      ['held', 'Chair'],
      ['approved', 'SECAS'],
    ] as const) {
      const at = ctx.advance();
      ctx.setUser(user);
      await setMeetingStatus(ctx, meetingId, status);
      expect(await ctx.db.meetings.get(meetingId)).toMatchObject({
        status,
        createdAt: start,
        updatedAt: at,
        updatedBy: user,
      });
    }
  });

  it('lets a held meeting go live again', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    await setMeetingStatus(ctx, meetingId, 'live');
    await setMeetingStatus(ctx, meetingId, 'held');
    await setMeetingStatus(ctx, meetingId, 'live');
    expect((await ctx.db.meetings.get(meetingId))?.status).toBe('live');
  });

  it.each<[MeetingStatus[], MeetingStatus, string]>([
    [[], 'held', 'A meeting cannot go from “Draft agenda” to “Held”.'],
    [[], 'approved', 'A meeting cannot go from “Draft agenda” to “Minutes approved”.'],
    [[], 'draft', 'A meeting cannot go from “Draft agenda” to “Draft agenda”.'],
    [['live'], 'draft', 'A meeting cannot go from “Live” to “Draft agenda”.'],
    [['live'], 'approved', 'A meeting cannot go from “Live” to “Minutes approved”.'],
    [['live', 'held'], 'draft', 'A meeting cannot go from “Held” to “Draft agenda”.'],
  ])('after %j refuses → %s, changing nothing', async (path, to, message) => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    for (const status of path) await setMeetingStatus(ctx, meetingId, status);
    const before = await snapshot(ctx.db);
    ctx.advance();
    await expectDataError(setMeetingStatus(ctx, meetingId, to), 'invalid', message);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it.each<MeetingStatus>(['draft', 'live', 'held', 'approved'])(
    'refuses to move approved minutes to %s: they are locked',
    async (to) => {
      const ctx = fakeContext(open());
      const { meetingId } = await seedMeeting(ctx);
      await approve(ctx, meetingId);
      await expectDataError(setMeetingStatus(ctx, meetingId, to), 'locked');
      expect((await ctx.db.meetings.get(meetingId))?.status).toBe('approved');
    },
  );

  it('refuses an unknown meeting with not-found', async () => {
    const ctx = fakeContext(open());
    await expectDataError(setMeetingStatus(ctx, 'nope', 'live'), 'not-found');
  });
});

describe('persistence', () => {
  it('keeps meetings and their status when the database is closed and reopened', async () => {
    const name = crypto.randomUUID();
    const ctx = fakeContext(open(name));
    const { bodyId, meetingId } = await seedMeeting(ctx);
    await setMeetingStatus(ctx, meetingId, 'live');
    const stored = await ctx.db.meetings.get(meetingId);
    ctx.db.close();
    const again = fakeContext(open(name));
    expect(await again.db.meetings.get(meetingId)).toEqual(stored);
    expect(stored?.status).toBe('live');
    // The unique index still holds after reopening.
    await expectDataError(createMeeting(again, bodyId, meeting30), 'invalid');
  });
});
