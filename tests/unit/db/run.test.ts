import { describe, expect, it } from 'vitest';
import {
  addItem,
  approveMinutes,
  closeMeeting,
  deferItem,
  nextItem,
  reopenMeeting,
  startMeeting,
  takeUpItem,
  updateItem,
  withdrawItem,
} from '../../../src-renderer/db';
import type { Id, ItemStatus } from '../../../src-renderer/domain';
import {
  expectDataError,
  fakeContext,
  seedMeeting,
  snapshot,
  useTestDatabases,
  type TestContext,
} from './support';

const open = useTestDatabases();

/** A meeting 30 in draft with four top-level items and a sub-item under the first. */
async function agenda(ctx: TestContext) {
  const { meetingId } = await seedMeeting(ctx);
  const ids: Id[] = [];
  for (const title of ['Minutes', 'Event of Default', 'Modification P344', 'AOB']) {
    ids.push(await addItem(ctx, meetingId, { title }));
  }
  const sub = await addItem(ctx, meetingId, { title: 'Actions', parentId: ids[0] ?? null });
  const [a, b, c, d] = ids as [Id, Id, Id, Id];
  return { meetingId, a, b, c, d, sub };
}

async function statuses(ctx: TestContext, ids: readonly Id[]): Promise<ItemStatus[]> {
  const items = await ctx.db.agendaItems.bulkGet([...ids]);
  return items.map((i) => i?.status ?? 'pending');
}

describe('startMeeting', () => {
  it('puts the meeting live with its clock and makes the first item current', async () => {
    const ctx = fakeContext(open());
    const { meetingId, a, b, sub } = await agenda(ctx);
    const at = ctx.advance();
    await startMeeting(ctx, meetingId);
    expect(await ctx.db.meetings.get(meetingId)).toMatchObject({
      status: 'live',
      startedAt: at,
      closedAt: null,
      updatedAt: at,
    });
    expect(await ctx.db.agendaItems.get(a)).toMatchObject({ status: 'current', startedAt: at });
    expect(await statuses(ctx, [b, sub])).toEqual(['pending', 'pending']);
  });

  it('skips items deferred or withdrawn before the meeting', async () => {
    const ctx = fakeContext(open());
    const { meetingId, a, b, c } = await agenda(ctx);
    await deferItem(ctx, a);
    await withdrawItem(ctx, b);
    await startMeeting(ctx, meetingId);
    expect(await statuses(ctx, [a, b, c])).toEqual(['deferred', 'withdrawn', 'current']);
  });

  it('starts a meeting with no item, and refuses to start it twice', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    await startMeeting(ctx, meetingId);
    expect((await ctx.db.meetings.get(meetingId))?.status).toBe('live');
    const before = await snapshot(ctx.db);
    await expectDataError(startMeeting(ctx, meetingId), 'invalid', /meeting is “Live”/);
    expect(await snapshot(ctx.db)).toEqual(before);
  });
});

describe('nextItem', () => {
  it('finishes the current item with its time and starts the next pending one', async () => {
    const ctx = fakeContext(open());
    const { meetingId, a, b } = await agenda(ctx);
    await startMeeting(ctx, meetingId);
    const at = ctx.advance(95_000);
    await nextItem(ctx, meetingId, a);
    expect(await ctx.db.agendaItems.get(a)).toMatchObject({
      status: 'done',
      startedAt: null,
      spentSeconds: 95,
    });
    expect(await ctx.db.agendaItems.get(b)).toMatchObject({ status: 'current', startedAt: at });
  });

  it('refuses when another window has already moved on, so no item is skipped', async () => {
    const ctx = fakeContext(open());
    const { meetingId, a, b, c } = await agenda(ctx);
    await startMeeting(ctx, meetingId);
    await nextItem(ctx, meetingId, a);
    await expectDataError(nextItem(ctx, meetingId, a), 'conflict');
    expect(await statuses(ctx, [a, b, c])).toEqual(['done', 'current', 'pending']);
  });

  it('after the last item leaves none current; the meeting is then closed', async () => {
    const ctx = fakeContext(open());
    const { meetingId, a, b, c, d } = await agenda(ctx);
    await startMeeting(ctx, meetingId);
    for (const id of [a, b, c, d]) await nextItem(ctx, meetingId, id);
    expect(await statuses(ctx, [a, b, c, d])).toEqual(['done', 'done', 'done', 'done']);
    await nextItem(ctx, meetingId, null);
    await closeMeeting(ctx, meetingId);
    expect((await ctx.db.meetings.get(meetingId))?.status).toBe('held');
  });

  it('is refused before the meeting starts', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await agenda(ctx);
    await expectDataError(nextItem(ctx, meetingId, null), 'invalid', /“Draft agenda”/);
  });
});

describe('deferItem and withdrawItem', () => {
  it('deferring the current item keeps its time and starts the next', async () => {
    const ctx = fakeContext(open());
    const { meetingId, a, b } = await agenda(ctx);
    await startMeeting(ctx, meetingId);
    const at = ctx.advance(30_000);
    await deferItem(ctx, a);
    expect(await ctx.db.agendaItems.get(a)).toMatchObject({
      status: 'deferred',
      spentSeconds: 30,
      startedAt: null,
    });
    expect(await ctx.db.agendaItems.get(b)).toMatchObject({ status: 'current', startedAt: at });
  });

  it('withdraws a chosen pending item without touching the current one', async () => {
    const ctx = fakeContext(open());
    const { meetingId, a, c } = await agenda(ctx);
    await startMeeting(ctx, meetingId);
    const running = await ctx.db.agendaItems.get(a);
    ctx.advance();
    await withdrawItem(ctx, c);
    expect((await ctx.db.agendaItems.get(c))?.status).toBe('withdrawn');
    expect(await ctx.db.agendaItems.get(a)).toEqual(running);
  });

  it('refuses an item that is done or already set aside', async () => {
    const ctx = fakeContext(open());
    const { meetingId, a, b } = await agenda(ctx);
    await startMeeting(ctx, meetingId);
    await nextItem(ctx, meetingId, a);
    await withdrawItem(ctx, b);
    await expectDataError(deferItem(ctx, a), 'invalid', /current item or a pending item/);
    await expectDataError(withdrawItem(ctx, b), 'invalid');
    await expectDataError(deferItem(ctx, 'no-such-item'), 'not-found');
  });
});

describe('takeUpItem', () => {
  it('takes up a deferred item; the interrupted item waits with its time kept', async () => {
    const ctx = fakeContext(open());
    const { meetingId, a, b, c } = await agenda(ctx);
    await startMeeting(ctx, meetingId);
    ctx.advance(10_000);
    await deferItem(ctx, a); // b is current
    ctx.advance(20_000);
    await takeUpItem(ctx, a);
    expect(await ctx.db.agendaItems.get(b)).toMatchObject({
      status: 'pending',
      spentSeconds: 20,
      startedAt: null,
    });
    expect(await ctx.db.agendaItems.get(a)).toMatchObject({ status: 'current', spentSeconds: 10 });
    ctx.advance(5_000);
    await nextItem(ctx, meetingId, a);
    expect(await ctx.db.agendaItems.get(a)).toMatchObject({ status: 'done', spentSeconds: 15 });
    expect(await statuses(ctx, [b, c])).toEqual(['current', 'pending']);
  });

  it('refuses a sub-item, and any item before the meeting is live', async () => {
    const ctx = fakeContext(open());
    const { meetingId, b, sub } = await agenda(ctx);
    await expectDataError(takeUpItem(ctx, b), 'invalid');
    await startMeeting(ctx, meetingId);
    await expectDataError(takeUpItem(ctx, sub), 'invalid', /sub-item/);
  });
});

describe('closeMeeting, reopenMeeting and approveMinutes', () => {
  it('closing finishes the current item and stops the clock', async () => {
    const ctx = fakeContext(open());
    const { meetingId, a, b } = await agenda(ctx);
    await startMeeting(ctx, meetingId);
    const at = ctx.advance(42_000);
    await closeMeeting(ctx, meetingId);
    expect(await ctx.db.meetings.get(meetingId)).toMatchObject({ status: 'held', closedAt: at });
    expect(await ctx.db.agendaItems.get(a)).toMatchObject({ status: 'done', spentSeconds: 42 });
    expect((await ctx.db.agendaItems.get(b))?.status).toBe('pending');
  });

  it('reopens a meeting closed by mistake', async () => {
    const ctx = fakeContext(open());
    const { meetingId, a, b } = await agenda(ctx);
    const startedAt = ctx.advance();
    await startMeeting(ctx, meetingId);
    ctx.advance();
    await closeMeeting(ctx, meetingId);
    ctx.advance();
    await reopenMeeting(ctx, meetingId);
    expect(await ctx.db.meetings.get(meetingId)).toMatchObject({
      status: 'live',
      startedAt,
      closedAt: null,
    });
    await nextItem(ctx, meetingId, null);
    expect(await statuses(ctx, [a, b])).toEqual(['done', 'current']);
  });

  it('approves held minutes, after which every run command and edit is refused', async () => {
    const ctx = fakeContext(open());
    const { meetingId, b, c } = await agenda(ctx);
    await expectDataError(closeMeeting(ctx, meetingId), 'invalid');
    await expectDataError(approveMinutes(ctx, meetingId), 'invalid');
    await startMeeting(ctx, meetingId);
    await closeMeeting(ctx, meetingId);
    await approveMinutes(ctx, meetingId);
    expect((await ctx.db.meetings.get(meetingId))?.status).toBe('approved');

    const before = await snapshot(ctx.db);
    const refusals = [
      startMeeting(ctx, meetingId),
      nextItem(ctx, meetingId, null),
      deferItem(ctx, b),
      withdrawItem(ctx, c),
      takeUpItem(ctx, b),
      closeMeeting(ctx, meetingId),
      reopenMeeting(ctx, meetingId),
      approveMinutes(ctx, meetingId),
      updateItem(ctx, b, { title: 'Changed' }),
    ];
    for (const refused of refusals) await expectDataError(refused, 'locked', /approved and locked/);
    expect(await snapshot(ctx.db)).toEqual(before);
  });
});
