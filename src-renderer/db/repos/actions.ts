import {
  byPosition,
  confidentialityOf,
  isIsoDate,
  limits,
  namedDateMessage,
  noUpdates,
  numberAgenda,
} from '../../domain';
import type { Action, ActionBlock, Id } from '../../domain';
import { created, touched, type DataContext } from '../context';
import { DataError } from '../errors';
import { editableMeeting } from '../guards';
import { firstFree, freeReference, meetingAndBody, takenReferences } from './action-refs';
import { editableItem, endOfItem, refuseLongText } from './blocks';
import { addBlocks, blocksOfMeeting } from '../block-store';

/** What the secretary says when raising an action; each may be filled in afterwards. */
export interface NewAction {
  /** Who is to do it; the body's secretariat when not given. */
  owner?: string;
  /** What they are to do: "look into making the template non-confidential". */
  text?: string;
  dueDate?: string | null;
  confidential?: boolean;
}

/** The owner as typed, and the member it is when chosen from the body's members (else null). */
export type ActionPatch = Partial<Pick<Action, 'owner' | 'ownerMemberId' | 'text' | 'dueDate'>>;

export interface RaisedAction {
  actionId: Id;
  blockId: Id;
  /** "SECP30/01", assigned at once so it can be read out in the meeting. */
  reference: string;
}

function refuseBadAction(patch: ActionPatch): void {
  if (patch.owner !== undefined && patch.owner.length > limits.shortText)
    throw new DataError(
      `The owner is too long (${String(limits.shortText)} characters at most).`,
      'invalid',
    );
  if (patch.text !== undefined) refuseLongText(patch.text, 'The action');
  if (patch.dueDate !== undefined && patch.dueDate !== null && !isIsoDate(patch.dueDate))
    throw new DataError(namedDateMessage('the due date'), 'invalid');
}

/**
 * Raises an action under an item: the meeting's next reference is assigned at once, the
 * action goes into the body's action log (open) and an action block into the item's minutes.
 */
export async function raiseAction(
  ctx: DataContext,
  itemId: Id,
  input: NewAction = {},
): Promise<RaisedAction> {
  const fields = { text: input.text ?? '', dueDate: input.dueDate ?? null };
  refuseBadAction({ ...fields, owner: input.owner ?? '' });
  const { db } = ctx;
  return db.transaction(
    'rw',
    [db.meetings, db.bodies, db.agendaItems, db.itemMinutes, db.actions],
    async () => {
      const item = await editableItem(ctx, itemId);
      const { meeting, body } = await meetingAndBody(ctx, item.meetingId);
      const { sequence, reference } = await freeReference(ctx, meeting.id);
      // Raised inside a confidential item, the action is confidential, whatever was asked.
      const items = await db.agendaItems.where('meetingId').equals(item.meetingId).toArray();
      const confidential =
        confidentialityOf(items, []).item(itemId) || (input.confidential ?? false);
      const action: Action = {
        id: ctx.newId(),
        bodyId: body.id,
        meetingId: meeting.id,
        itemId,
        raisedOn: meeting.date,
        sequence,
        ownerMemberId: null,
        reference,
        owner: input.owner ?? body.secretariat,
        ...fields,
        status: 'open',
        confidential,
        declassified: null,
        ...created(ctx),
      };
      const block: ActionBlock = {
        id: ctx.newId(),
        meetingId: meeting.id,
        itemId,
        position: await endOfItem(ctx, itemId),
        confidential,
        kind: 'action',
        actionId: action.id,
        ...created(ctx),
      };
      await db.actions.add({ ...action, tally: noUpdates() });
      await addBlocks(db, [block]);
      return { actionId: action.id, blockId: block.id, reference };
    },
  );
}

/** Changes only the given fields of an action raised in a meeting not yet approved. */
export async function updateAction(ctx: DataContext, id: Id, patch: ActionPatch): Promise<void> {
  refuseBadAction(patch);
  const { db } = ctx;
  await db.transaction('rw', [db.meetings, db.members, db.actions], async () => {
    const action = await db.actions.get(id);
    if (!action) throw new DataError('That action no longer exists.', 'not-found');
    if (action.meetingId !== null) await editableMeeting(ctx, action.meetingId);
    if (patch.ownerMemberId !== undefined && patch.ownerMemberId !== null) {
      const member = await db.members.get(patch.ownerMemberId);
      if (member?.bodyId !== action.bodyId)
        throw new DataError('That member is not on this body.', 'invalid');
    }
    await db.actions.update(id, { ...patch, ...touched(ctx) });
  });
}

/**
 * Renumbers the meeting's actions 1, 2, 3 … in the order they appear in the minutes (agenda
 * order, then block order), skipping references other actions of the body hold. Refused once
 * the minutes are approved, which freezes references. Returns how many references changed.
 */
export async function renumberActions(ctx: DataContext, meetingId: Id): Promise<number> {
  const { db } = ctx;
  return db.transaction(
    'rw',
    [db.meetings, db.bodies, db.agendaItems, db.itemMinutes, db.actions],
    async () => {
      await editableMeeting(ctx, meetingId);
      const { meeting, body } = await meetingAndBody(ctx, meetingId);
      if (body.actionRefCounter !== 'meeting')
        throw new DataError(
          `This body’s action references run on through ${body.actionRefCounter === 'year' ? 'the year' : 'the body’s life'}, across meetings, so they are not renumbered meeting by meeting.`,
          'invalid',
        );
      const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
      const blocks = (await blocksOfMeeting(db, meetingId)).sort(byPosition);
      const ordered: Id[] = [];
      for (const { item } of numberAgenda(items))
        for (const b of blocks)
          if (b.itemId === item.id && b.kind === 'action') ordered.push(b.actionId);
      const own = await db.actions.where('meetingId').equals(meetingId).toArray();
      const byId = new Map(own.map((a) => [a.id, a]));
      const moving = ordered.filter((id) => byId.has(id));
      // Actions whose block is gone (their item deleted, awaiting undo) keep their reference.
      const taken = await takenReferences(ctx, body.id, new Set(moving));
      const next: { action: Action; sequence: number; reference: string }[] = [];
      let from = 1;
      for (const id of moving) {
        const action = byId.get(id);
        if (!action) continue;
        const free = firstFree(body, meeting, from, taken);
        taken.add(free.reference);
        from = free.sequence + 1;
        next.push({ action, ...free });
      }
      // An action whose sequence stays keeps its reference as issued, even when the template
      // has changed since: only a new number gets the new form.
      const changed = next.filter(
        (n) => n.sequence !== n.action.sequence && n.reference !== n.action.reference,
      );
      // Two passes, because the unique reference index would refuse a swap made in one.
      for (const n of changed)
        await db.actions.update(n.action.id, { reference: `\u0000renumbering ${n.action.id}` });
      for (const n of changed)
        await db.actions.update(n.action.id, {
          sequence: n.sequence,
          reference: n.reference,
          ...touched(ctx),
        });
      const highest = Math.max(
        0,
        ...own.filter((a) => !moving.includes(a.id)).map((a) => a.sequence),
        from - 1,
      );
      await db.meetings.update(meetingId, { lastActionSequence: highest, ...touched(ctx) });
      return changed.length;
    },
  );
}
