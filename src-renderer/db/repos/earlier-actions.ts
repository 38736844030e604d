import { isIsoDate, isLocked, namedDateMessage, noUpdates } from '../../domain';
import type { Action, Id } from '../../domain';
import { created, touched, type DataContext } from '../context';
import { DataError } from '../errors';
import { checkLong, checkShort, invalid } from './text-checks';

/** An action raised before the body used Minutebook, typed in from the old minutes. */
export interface EarlierAction {
  reference: string;
  owner: string;
  text: string;
  /** Calendar date the action was raised. */
  raisedOn: string;
  dueDate: string | null;
}

/** The fields checked and tidied, as they are stored. */
function checked(input: EarlierAction): EarlierAction {
  const reference = checkShort(input.reference, 'The reference');
  const owner = checkShort(input.owner, 'The owner');
  checkLong(input.text, 'The action');
  if (!isIsoDate(input.raisedOn)) invalid(namedDateMessage('the date raised'));
  if (input.dueDate !== null && !isIsoDate(input.dueDate))
    invalid(namedDateMessage('the due date'));
  if (input.dueDate !== null && input.dueDate < input.raisedOn)
    invalid('The due date cannot be before the date raised.');
  return { ...input, reference, owner };
}

async function refuseTakenReference(
  ctx: DataContext,
  action: Pick<Action, 'bodyId' | 'id'>,
  reference: string,
) {
  const holder = await ctx.db.actions.where({ bodyId: action.bodyId, reference }).first();
  if (holder !== undefined && holder.id !== action.id) {
    throw new DataError(`The body already has an action ${reference}.`, 'conflict');
  }
}

/** The earlier action `actionId`; refuses one raised at a meeting (edited in its minutes). */
async function earlierAction(ctx: DataContext, actionId: Id): Promise<Action> {
  const action = await ctx.db.actions.get(actionId);
  if (!action) throw new DataError('That action no longer exists.', 'not-found');
  if (action.meetingId !== null) {
    const meeting = await ctx.db.meetings.get(action.meetingId);
    invalid(
      `${action.reference} was raised at meeting ${String(meeting?.number ?? '?')}: change it in that meeting’s minutes.`,
    );
  }
  return action;
}

/**
 * Records an action raised before the body used Minutebook. Its reference is typed by hand and
 * must be new for the body; it belongs to no meeting or item.
 */
export async function recordEarlierAction(
  ctx: DataContext,
  bodyId: Id,
  input: EarlierAction,
): Promise<Id> {
  const fields = checked(input);
  const { db } = ctx;
  return db.transaction('rw', db.bodies, db.actions, async () => {
    if (!(await db.bodies.get(bodyId)))
      throw new DataError('That body no longer exists.', 'not-found');
    const id = ctx.newId();
    await refuseTakenReference(ctx, { bodyId, id }, fields.reference);
    const action: Action = {
      id,
      bodyId,
      meetingId: null,
      itemId: null,
      ownerMemberId: null,
      raisedOn: fields.raisedOn,
      sequence: 0,
      reference: fields.reference,
      owner: fields.owner,
      text: fields.text,
      dueDate: fields.dueDate,
      status: 'open',
      confidential: false,
      declassified: null,
      ...created(ctx),
    };
    await db.actions.add({ ...action, tally: noUpdates() });
    return action.id;
  });
}

/**
 * Corrects an earlier action as typed from the old minutes. Its reference may change only
 * while no approved minutes print it (an update given at an approved meeting): approved
 * minutes never change.
 */
export async function editEarlierAction(
  ctx: DataContext,
  actionId: Id,
  input: EarlierAction,
): Promise<void> {
  const fields = checked(input);
  const { db } = ctx;
  await db.transaction('rw', db.meetings, db.actions, db.actionUpdates, async () => {
    const action = await earlierAction(ctx, actionId);
    if (fields.reference !== action.reference) {
      await refuseTakenReference(ctx, action, fields.reference);
      const updates = await db.actionUpdates.where('actionId').equals(actionId).toArray();
      const meetings = await db.meetings.bulkGet(updates.map((u) => u.meetingId));
      const approved = meetings.find((m) => m !== undefined && isLocked(m.status));
      if (approved !== undefined) {
        throw new DataError(
          `${action.reference} is in the approved minutes of meeting ${String(approved.number)}, so its reference cannot change.`,
          'locked',
        );
      }
    }
    await db.actions.update(actionId, { ...fields, ...touched(ctx) });
  });
}

/**
 * Deletes an earlier action recorded by mistake, and returns it for Undo. One with updates is
 * refused: those updates are part of meetings' minutes.
 */
export async function deleteEarlierAction(ctx: DataContext, actionId: Id): Promise<Action> {
  const { db } = ctx;
  return db.transaction('rw', db.meetings, db.actions, db.actionUpdates, async () => {
    const action = await earlierAction(ctx, actionId);
    const updates = await db.actionUpdates.where('actionId').equals(actionId).count();
    if (updates > 0) {
      throw new DataError(
        `${action.reference} has updates in meetings’ minutes; remove those first to delete it.`,
        'conflict',
      );
    }
    await db.actions.delete(actionId);
    return action;
  });
}

/** Puts back an earlier action deleted by deleteEarlierAction, unless its reference is taken. */
export async function restoreEarlierAction(ctx: DataContext, action: Action): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.bodies, db.actions, async () => {
    if (!(await db.bodies.get(action.bodyId)))
      throw new DataError('That body no longer exists.', 'not-found');
    await refuseTakenReference(ctx, action, action.reference);
    // It was deleted only when it had no update (deleteEarlierAction).
    await db.actions.add({ ...action, tally: noUpdates() });
  });
}
