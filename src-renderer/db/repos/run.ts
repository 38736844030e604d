import { byPosition, canTransition, itemElapsedSeconds, meetingStatusLabels } from '../../domain';
import type { AgendaItem, Id, Meeting, MeetingStatus } from '../../domain';
import { touched, type DataContext } from '../context';
import { DataError } from '../errors';
import { editableMeeting } from '../guards';

/*
 * Running a meeting from the Chair view. Each command runs in one transaction and writes only
 * the fields it changes, row by row, so the secretary's edits in another window survive.
 * The time an item has taken is kept as `spentSeconds` plus the running stretch since
 * `startedAt`; the clock itself is never stored.
 */

async function meetingIn(
  ctx: DataContext,
  meetingId: Id,
  allowed: readonly MeetingStatus[],
  doing: string,
): Promise<Meeting> {
  const meeting = await editableMeeting(ctx, meetingId);
  if (!allowed.includes(meeting.status)) {
    throw new DataError(
      `Cannot ${doing}: the meeting is “${meetingStatusLabels[meeting.status]}”.`,
      'invalid',
    );
  }
  return meeting;
}

async function itemsOf(ctx: DataContext, meetingId: Id): Promise<AgendaItem[]> {
  return (await ctx.db.agendaItems.where('meetingId').equals(meetingId).toArray()).sort(byPosition);
}

async function itemOf(ctx: DataContext, itemId: Id): Promise<AgendaItem> {
  const item = await ctx.db.agendaItems.get(itemId);
  if (!item) throw new DataError('That agenda item no longer exists.', 'not-found');
  return item;
}

async function meetingMovingTo(
  ctx: DataContext,
  meetingId: Id,
  to: MeetingStatus,
): Promise<Meeting> {
  const meeting = await editableMeeting(ctx, meetingId);
  if (!canTransition(meeting.status, to)) {
    throw new DataError(
      `A meeting cannot go from “${meetingStatusLabels[meeting.status]}” to “${meetingStatusLabels[to]}”.`,
      'invalid',
    );
  }
  return meeting;
}

/** Stops an item's clock, keeping the time it ran, and gives it its new status. */
async function stopItem(ctx: DataContext, item: AgendaItem, status: AgendaItem['status']) {
  const now = Date.parse(ctx.now());
  await ctx.db.agendaItems.update(item.id, {
    status,
    spentSeconds: itemElapsedSeconds(item, now),
    startedAt: null,
    ...touched(ctx),
  });
}

async function startItem(ctx: DataContext, item: AgendaItem): Promise<void> {
  await ctx.db.agendaItems.update(item.id, {
    status: 'current',
    startedAt: ctx.now(),
    ...touched(ctx),
  });
}

/** Starts the first pending top-level item in agenda order, if there is one. */
async function startNextPending(ctx: DataContext, items: readonly AgendaItem[], skip: Id | null) {
  const next = items.find((i) => i.parentId === null && i.status === 'pending' && i.id !== skip);
  if (next) await startItem(ctx, next);
}

function run<T>(ctx: DataContext, work: () => Promise<T>): Promise<T> {
  return ctx.db.transaction('rw', ctx.db.meetings, ctx.db.agendaItems, work);
}

/** Opens the meeting: it goes live, its clock starts and its first pending item becomes current. */
export function startMeeting(ctx: DataContext, meetingId: Id): Promise<void> {
  return run(ctx, async () => {
    await meetingIn(ctx, meetingId, ['draft'], 'start the meeting');
    await ctx.db.meetings.update(meetingId, {
      status: 'live',
      startedAt: ctx.now(),
      closedAt: null,
      ...touched(ctx),
    });
    const items = await itemsOf(ctx, meetingId);
    if (!items.some((i) => i.status === 'current')) await startNextPending(ctx, items, null);
  });
}

/**
 * Finishes the current item and starts the next pending one. `expectedCurrent` is the item
 * the Chair saw as current (or null): if another window has moved on already, nothing is
 * done, so one press never skips two items.
 */
export function nextItem(ctx: DataContext, meetingId: Id, expectedCurrent: Id | null) {
  return run(ctx, async () => {
    await meetingIn(ctx, meetingId, ['live'], 'move to the next item');
    const items = await itemsOf(ctx, meetingId);
    const current = items.find((i) => i.status === 'current');
    if ((current?.id ?? null) !== expectedCurrent) {
      throw new DataError('The meeting has already moved on to another item.', 'conflict');
    }
    if (current) await stopItem(ctx, current, 'done');
    await startNextPending(ctx, items, current?.id ?? null);
  });
}

/** Sets aside the current item or a pending one; if it was current, the next item starts. */
function setAside(ctx: DataContext, itemId: Id, status: 'deferred' | 'withdrawn') {
  const verb = status === 'deferred' ? 'defer' : 'withdraw';
  return run(ctx, async () => {
    const item = await itemOf(ctx, itemId);
    await meetingIn(ctx, item.meetingId, ['draft', 'live'], `${verb} an item`);
    if (item.status === 'pending') {
      await ctx.db.agendaItems.update(itemId, { status, ...touched(ctx) });
    } else if (item.status === 'current') {
      await stopItem(ctx, item, status);
      await startNextPending(ctx, await itemsOf(ctx, item.meetingId), itemId);
    } else {
      throw new DataError(`Only the current item or a pending item can be ${status}.`, 'invalid');
    }
  });
}

/** Defers an item to a later meeting (or to later in this one, with {@link takeUpItem}). */
export function deferItem(ctx: DataContext, itemId: Id): Promise<void> {
  return setAside(ctx, itemId, 'deferred');
}

/** Withdraws an item from the agenda. */
export function withdrawItem(ctx: DataContext, itemId: Id): Promise<void> {
  return setAside(ctx, itemId, 'withdrawn');
}

/**
 * Makes a chosen top-level item current, e.g. one deferred earlier. The item that was current
 * goes back to pending with its time kept, so "Next item" returns to it.
 */
export function takeUpItem(ctx: DataContext, itemId: Id): Promise<void> {
  return run(ctx, async () => {
    const item = await itemOf(ctx, itemId);
    await meetingIn(ctx, item.meetingId, ['live'], 'take up an item');
    if (item.parentId !== null) {
      throw new DataError('A sub-item is taken up with its parent item.', 'invalid');
    }
    if (item.status === 'current') return;
    const items = await itemsOf(ctx, item.meetingId);
    const current = items.find((i) => i.status === 'current');
    if (current) await stopItem(ctx, current, 'pending');
    await startItem(ctx, item);
  });
}

/** Closes the meeting: the current item is done, the meeting is held and its clock stops. */
export function closeMeeting(ctx: DataContext, meetingId: Id): Promise<void> {
  return run(ctx, async () => {
    await meetingMovingTo(ctx, meetingId, 'held');
    const current = (await itemsOf(ctx, meetingId)).find((i) => i.status === 'current');
    if (current) await stopItem(ctx, current, 'done');
    await ctx.db.meetings.update(meetingId, {
      status: 'held',
      closedAt: ctx.now(),
      ...touched(ctx),
    });
  });
}

/** Reopens a meeting closed by mistake; the Chair takes up the next item from there. */
export function reopenMeeting(ctx: DataContext, meetingId: Id): Promise<void> {
  return run(ctx, async () => {
    await meetingMovingTo(ctx, meetingId, 'live');
    await ctx.db.meetings.update(meetingId, { status: 'live', closedAt: null, ...touched(ctx) });
  });
}

/** Marks the minutes of a held meeting approved; from then on they are locked. */
export function approveMinutes(ctx: DataContext, meetingId: Id): Promise<void> {
  return run(ctx, async () => {
    await meetingMovingTo(ctx, meetingId, 'approved');
    await ctx.db.meetings.update(meetingId, { status: 'approved', ...touched(ctx) });
  });
}
