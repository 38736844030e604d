import { describe, expect, it } from 'vitest';
import {
  addMember,
  applyWrite,
  recordCirculation,
  updateBody,
  updateMember,
} from '../../../src-renderer/db';
import { expectDataError, fakeContext, seedMeeting, start, useTestDatabases } from './support';

const open = useTestDatabases();

describe('member e-mail address and role', () => {
  it('saves one address, trimmed, and a role; refuses anything else with a clear message', async () => {
    const ctx = fakeContext(open(), { idPrefix: 'm' });
    const { bodyId } = await seedMeeting(ctx);
    const id = await addMember(ctx, bodyId, { name: 'Gordon Hextall', organisation: 'Chair' });
    await updateMember(ctx, id, { email: ' gordon@example.org ', role: 'secretariat' });
    expect(await ctx.db.members.get(id)).toMatchObject({
      email: 'gordon@example.org',
      role: 'secretariat',
    });
    await expectDataError(
      updateMember(ctx, id, { email: 'a@example.org, b@example.org' }),
      'invalid',
      'Give one e-mail address only.',
    );
    await expectDataError(
      updateMember(ctx, id, { email: 'a@example.org\r\nBcc: evil@example.com' }),
      'invalid',
      'The e-mail address cannot hold a line break.',
    );
    await expectDataError(
      updateMember(ctx, id, { email: 'Gordon <g@example.org>' }),
      'invalid',
      /without a name or brackets|one e-mail address/,
    );
    await expectDataError(
      updateMember(ctx, id, { email: 'gordon' }),
      'invalid',
      'An e-mail address reads like name@example.org.',
    );
    await expectDataError(
      updateMember(ctx, id, { role: 'chair' as 'member' }),
      'invalid',
      /The role is member/,
    );
    expect(await ctx.db.members.get(id)).toMatchObject({ email: 'gordon@example.org' });
    await updateMember(ctx, id, { email: '' });
    expect((await ctx.db.members.get(id))?.email).toBe('');
  });

  it('is written as a field write with its expected value, as the members list does', async () => {
    const ctx = fakeContext(open(), { idPrefix: 'm' });
    const { bodyId } = await seedMeeting(ctx);
    const id = await addMember(ctx, bodyId, { name: 'Ann', organisation: '' });
    await applyWrite(ctx, {
      op: 'updateMember',
      id,
      patch: { email: 'ann@example.org' },
      expected: { email: '' },
    });
    await expectDataError(
      applyWrite(ctx, {
        op: 'updateMember',
        id,
        patch: { email: 'other@example.org' },
        expected: { email: '' },
      }),
      'stale',
    );
    expect((await ctx.db.members.get(id))?.email).toBe('ann@example.org');
  });
});

describe('circulation templates', () => {
  it('keeps the subject on one line', async () => {
    const ctx = fakeContext(open(), { idPrefix: 'b' });
    const { bodyId } = await seedMeeting(ctx);
    await updateBody(ctx, bodyId, { circulationSubject: 'Papers of {body} {meeting}' });
    expect((await ctx.db.bodies.get(bodyId))?.circulationSubject).toBe(
      'Papers of {body} {meeting}',
    );
    await expectDataError(
      updateBody(ctx, bodyId, { circulationSubject: 'Papers\nBcc: evil@example.com' }),
      'invalid',
      'The subject is one line.',
    );
  });
});

describe('recordCirculation', () => {
  it('appends the circulation to the meeting with when and by whom', async () => {
    const ctx = fakeContext(open(), { idPrefix: 'c' });
    const { meetingId } = await seedMeeting(ctx);
    const first = await recordCirculation(ctx, meetingId, {
      variant: 'public',
      documents: ['SEC Panel 30 minutes - public.pdf'],
      recipients: [{ name: 'Ann', email: 'ann@example.org' }],
    });
    const later = ctx.advance();
    ctx.setUser('Clerk');
    await recordCirculation(ctx, meetingId, {
      variant: 'confidential',
      documents: ['a.pdf', 'b.docx'],
      recipients: [
        { name: 'Ann', email: 'ann@example.org' },
        { name: 'Bob', email: ' bob@example.org ' },
      ],
    });
    const meeting = await ctx.db.meetings.get(meetingId);
    expect(meeting?.circulations).toEqual([
      {
        id: first,
        at: start,
        by: 'SECAS',
        variant: 'public',
        documents: ['SEC Panel 30 minutes - public.pdf'],
        recipients: [{ name: 'Ann', email: 'ann@example.org' }],
      },
      {
        id: expect.any(String) as string,
        at: later,
        by: 'Clerk',
        variant: 'confidential',
        documents: ['a.pdf', 'b.docx'],
        recipients: [
          { name: 'Ann', email: 'ann@example.org' },
          { name: 'Bob', email: 'bob@example.org' },
        ],
      },
    ]);
    expect(meeting?.updatedAt).toBe(later);
  });

  it('refuses no recipient, no document, a bad address or a missing meeting', async () => {
    const ctx = fakeContext(open(), { idPrefix: 'c' });
    const { meetingId } = await seedMeeting(ctx);
    const ok = {
      variant: 'public' as const,
      documents: ['a.pdf'],
      recipients: [{ name: 'A', email: 'a@x.org' }],
    };
    await expectDataError(recordCirculation(ctx, meetingId, { ...ok, recipients: [] }), 'invalid');
    await expectDataError(recordCirculation(ctx, meetingId, { ...ok, documents: [] }), 'invalid');
    await expectDataError(
      recordCirculation(ctx, meetingId, {
        ...ok,
        recipients: [{ name: 'A', email: 'a@x.org\nBcc: b@y' }],
      }),
      'invalid',
    );
    await expectDataError(recordCirculation(ctx, 'nope', ok), 'not-found');
    expect((await ctx.db.meetings.get(meetingId))?.circulations).toEqual([]);
  });
});
