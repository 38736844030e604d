import { indexMeetings, isOutstandingAt } from '../../domain';
import type { ActionUpdate, Id } from '../../domain';
import { created, touched, type DataContext } from '../context';
import { DataError } from '../errors';
import { editableMeeting } from '../guards';
import { readOutstandingAt } from './action-log-read';
import { retally } from './action-tallies';
import { checkLong, invalid } from './text-checks';
import { updatesInConfidence } from './updates-in-confidence';

export interface UpdateOptions {
  /** True when the update closes the actions. */
  closes: boolean;
  /**
   * Defaults to public. An update to a confidential action is confidential whatever this says
   * (the domain's rule); one to a declassified action is as this says.
   */
  confidential?: boolean;
}

export type UpdatePatch = Partial<Pick<ActionUpdate, 'text' | 'closes' | 'confidential'>>;

/**
 * Gives the same update to one or several actions at a meeting: one ActionUpdate per action,
 * so the minutes print them on one row. When it closes them, each action is marked closed.
 * Refused for approved minutes and for actions not outstanding at that meeting.
 */
export async function giveUpdate(
  ctx: DataContext,
  meetingId: Id,
  actionIds: readonly Id[],
  text: string,
  options: UpdateOptions,
): Promise<Id[]> {
  checkLong(text, 'The update');
  if (actionIds.length === 0) invalid('Choose at least one action to update.');
  const { db } = ctx;
  const tables = [db.meetings, db.agendaItems, db.actions, db.actionUpdates];
  return db.transaction('rw', tables, async () => {
    const meeting = await editableMeeting(ctx, meetingId);
    // Every action that can be outstanding here, with the updates that decide it.
    const { actions, updates, meetings, confidential } = await readOutstandingAt(db, meetingId);
    const index = indexMeetings(meetings);
    const inConfidence = await updatesInConfidence(db, meetingId);
    const ids: Id[] = [];
    for (const actionId of new Set(actionIds)) {
      const action = actions.find((a) => a.id === actionId) ?? (await db.actions.get(actionId));
      if (!action) throw new DataError('That action no longer exists.', 'not-found');
      if (!isOutstandingAt(meeting, action, updates, index)) {
        invalid(`${action.reference} is not outstanding at meeting ${String(meeting.number)}.`);
      }
      if (updates.some((u) => u.actionId === actionId && u.meetingId === meetingId)) {
        throw new DataError(
          `${action.reference} already has an update at this meeting; edit that one instead.`,
          'conflict',
        );
      }
      const update: ActionUpdate = {
        id: ctx.newId(),
        actionId,
        meetingId,
        text: text.trim(),
        closes: options.closes,
        confidential: inConfidence || confidential.has(actionId) || (options.confidential ?? false),
        ...created(ctx),
      };
      await db.actionUpdates.add(update);
      if (options.closes && action.status !== 'closed')
        await db.actions.update(actionId, { status: 'closed', ...touched(ctx) });
      ids.push(update.id);
    }
    await retally(db, actionIds);
    return ids;
  });
}

/** Loads updates for a write and refuses if any meeting they were given at is approved. */
async function editableUpdates(
  ctx: DataContext,
  updateIds: readonly Id[],
): Promise<ActionUpdate[]> {
  const found = await ctx.db.actionUpdates.bulkGet([...updateIds]);
  const updates = found.filter((u): u is ActionUpdate => u !== undefined);
  if (updates.length !== updateIds.length)
    throw new DataError('That update no longer exists.', 'not-found');
  for (const meetingId of new Set(updates.map((u) => u.meetingId)))
    await editableMeeting(ctx, meetingId);
  return updates;
}

/** Open again an action whose closing update went, unless another update still closes it. */
async function settleStatus(ctx: DataContext, actionId: Id): Promise<void> {
  const { db } = ctx;
  const action = await db.actions.get(actionId);
  if (!action) return;
  const closed = (await db.actionUpdates.where('actionId').equals(actionId).toArray()).some(
    (u) => u.closes,
  );
  const status = closed ? 'closed' : 'open';
  if (action.status !== status) await db.actions.update(actionId, { status, ...touched(ctx) });
}

/**
 * Changes only the given fields of updates (the updates of one row share their words). Taking
 * away "closes" reopens the action; setting it closes the action.
 */
export async function editUpdates(
  ctx: DataContext,
  updateIds: readonly Id[],
  patch: UpdatePatch,
): Promise<void> {
  if (patch.text !== undefined) checkLong(patch.text, 'The update');
  const { db } = ctx;
  const tables = [db.meetings, db.agendaItems, db.actions, db.actionUpdates];
  await db.transaction('rw', tables, async () => {
    const updates = await editableUpdates(ctx, updateIds);
    // Given in a confidential Actions Outstanding item, an update stays confidential.
    const sealed = new Set<Id>();
    if (patch.confidential === false) {
      for (const meetingId of new Set(updates.map((u) => u.meetingId)))
        if (await updatesInConfidence(db, meetingId)) sealed.add(meetingId);
    }
    for (const u of updates) {
      const kept = sealed.has(u.meetingId) ? { confidential: true } : {};
      await db.actionUpdates.update(u.id, { ...patch, ...kept, ...touched(ctx) });
      if (patch.closes !== undefined && patch.closes !== u.closes)
        await settleStatus(ctx, u.actionId);
    }
    if (patch.closes !== undefined)
      await retally(
        db,
        updates.map((u) => u.actionId),
      );
  });
}

/** Removes updates; an action whose only closing update goes is open again. */
export async function removeUpdates(ctx: DataContext, updateIds: readonly Id[]): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.meetings, db.actions, db.actionUpdates, async () => {
    const updates = await editableUpdates(ctx, updateIds);
    await db.actionUpdates.bulkDelete(updates.map((u) => u.id));
    // Only a closing update's removal can reopen: an action closed some other way stays closed.
    for (const actionId of new Set(updates.filter((u) => u.closes).map((u) => u.actionId)))
      await settleStatus(ctx, actionId);
    await retally(
      db,
      updates.map((u) => u.actionId),
    );
  });
}
