import { limits, newDecision, positionAtEnd, positionForMove } from '../../domain';
import type { AgendaItem, Decision, Id, MinuteBlock } from '../../domain';
import { created, touched, type DataContext } from '../context';
import type { ActionRow } from '../database';
import { addBlocks, blocksOfItem, deleteBlocks, getBlock, putBlocks } from '../block-store';
import { DataError } from '../errors';
import { editableMeeting } from '../guards';
import { freeReference } from './action-refs';

/** The blocks a secretary adds directly; an action block comes from {@link raiseAction}. */
export type NewBlockKind = 'paragraph' | 'decisions' | 'note';

/** The fields of a block edited in place: the text of a paragraph or note, and confidentiality. */
export interface BlockPatch {
  text?: string;
  confidential?: boolean;
}

/** What a delete took away, so that it can be undone exactly. */
export interface RemovedBlock {
  block: MinuteBlock;
  /** The action an action block raised; it goes with its block. */
  action: ActionRow | null;
}

export const noBlock = 'That block of minutes no longer exists.';

/** Refuses text longer than a field may hold. */
export function refuseLongText(text: string, what: string): void {
  if (text.length > limits.longText)
    throw new DataError(
      `${what} is too long (${String(limits.longText)} characters at most).`,
      'invalid',
    );
}

/** The item, checked to exist and to belong to minutes that may still be edited. */
export async function editableItem(ctx: DataContext, itemId: Id): Promise<AgendaItem> {
  const item = await ctx.db.agendaItems.get(itemId);
  if (!item) throw new DataError('That agenda item no longer exists.', 'not-found');
  await editableMeeting(ctx, item.meetingId);
  return item;
}

/** The block, checked to exist and to belong to minutes that may still be edited. */
export async function editableBlock(ctx: DataContext, id: Id): Promise<MinuteBlock> {
  const block = await getBlock(ctx.db, id);
  if (!block) throw new DataError(noBlock, 'not-found');
  await editableMeeting(ctx, block.meetingId);
  return block;
}

/** Positions of an item's blocks, to place a new one at the end. */
export async function endOfItem(ctx: DataContext, itemId: Id): Promise<string> {
  const siblings = await blocksOfItem(ctx.db, itemId);
  return positionAtEnd(siblings.map((b) => b.position));
}

/**
 * Adds a paragraph, a decisions block (with one decision, the body's first verb, ready to
 * type) or a post-meeting note at the end of an item's minutes; returns its id.
 */
export async function addBlock(
  ctx: DataContext,
  itemId: Id,
  kind: NewBlockKind,
  options: { text?: string; confidential?: boolean } = {},
): Promise<Id> {
  const { db } = ctx;
  const text = options.text ?? '';
  refuseLongText(text, 'The text');
  return db.transaction(
    'rw',
    [db.meetings, db.bodies, db.agendaItems, db.itemMinutes],
    async () => {
      const item = await editableItem(ctx, itemId);
      const base = {
        id: ctx.newId(),
        meetingId: item.meetingId,
        itemId,
        position: await endOfItem(ctx, itemId),
        confidential: options.confidential ?? false,
        ...created(ctx),
      };
      let block: MinuteBlock;
      if (kind === 'decisions') {
        const meeting = await db.meetings.get(item.meetingId);
        const body = meeting ? await db.bodies.get(meeting.bodyId) : undefined;
        const verb = body?.decisionVerbs[0] ?? 'NOTED';
        const first: Decision = newDecision(ctx.newId(), verb, text);
        block = { ...base, kind, decisions: [first] };
      } else {
        block = { ...base, kind, text };
      }
      await addBlocks(db, [block]);
      return block.id;
    },
  );
}

/**
 * Changes only the given fields of a block. Text belongs to paragraphs and notes; marking an
 * action block confidential marks its action too, so the action log and the public minutes
 * agree.
 */
export async function updateBlock(ctx: DataContext, id: Id, patch: BlockPatch): Promise<void> {
  const { db } = ctx;
  // Typing touches only the block; a confidential mark may touch its action as well.
  const tables =
    patch.confidential === undefined
      ? [db.meetings, db.itemMinutes]
      : [db.meetings, db.itemMinutes, db.actions];
  await db.transaction('rw', tables, async () => {
    const block = await editableBlock(ctx, id);
    if (patch.text !== undefined) {
      if (block.kind !== 'paragraph' && block.kind !== 'note')
        throw new DataError('Only a paragraph or a note holds text of its own.', 'invalid');
      refuseLongText(patch.text, 'The text');
    }
    await putBlocks(db, [{ ...block, ...patch, ...touched(ctx) }]);
    if (block.kind === 'action' && patch.confidential !== undefined)
      await db.actions.update(block.actionId, {
        confidential: patch.confidential,
        ...touched(ctx),
      });
  });
}

/**
 * The write that marks a block confidential, or public again, from what is stored now (not from
 * what a screen last showed, which lags behind a mark just asked for); null when the block is
 * gone. `expected` refuses it if another window changed the mark meanwhile.
 */
export async function confidentialToggle(
  ctx: DataContext,
  id: Id,
): Promise<{ patch: BlockPatch; expected: BlockPatch } | null> {
  const block = await getBlock(ctx.db, id);
  if (block === undefined) return null;
  return {
    patch: { confidential: !block.confidential },
    expected: { confidential: block.confidential },
  };
}

/** Moves a block one place up or down within its item; only the mover's position changes. */
export async function moveBlock(ctx: DataContext, id: Id, direction: -1 | 1): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', [db.meetings, db.itemMinutes], async () => {
    const block = await editableBlock(ctx, id);
    const siblings = await blocksOfItem(db, block.itemId);
    const position = positionForMove(siblings, id, direction);
    if (position !== null) await putBlocks(db, [{ ...block, position, ...touched(ctx) }]);
  });
}

/**
 * Deletes a block (and the action an action block raised); returns what was removed, or null
 * if it was already gone. The
 * meeting keeps its highest action sequence, so the reference is not given to another action.
 */
export async function deleteBlock(ctx: DataContext, id: Id): Promise<RemovedBlock | null> {
  const { db } = ctx;
  return db.transaction('rw', [db.meetings, db.itemMinutes, db.actions], async () => {
    const block = await getBlock(db, id);
    if (!block) return null;
    await editableMeeting(ctx, block.meetingId);
    let action: ActionRow | null = null;
    if (block.kind === 'action') {
      action = (await db.actions.get(block.actionId)) ?? null;
      await db.actions.delete(block.actionId);
    }
    await deleteBlocks(db, [id]);
    return { block, action };
  });
}

/**
 * Puts back what {@link deleteBlock} removed. If the action's reference has meanwhile gone
 * to another action (minutes renumbered), the action gets the next free reference instead.
 */
export async function restoreBlock(ctx: DataContext, removed: RemovedBlock): Promise<void> {
  const { db } = ctx;
  await db.transaction(
    'rw',
    [db.meetings, db.bodies, db.agendaItems, db.itemMinutes, db.actions],
    async () => {
      const item = await editableItem(ctx, removed.block.itemId);
      let action = removed.action;
      if (action) {
        const clash = await db.actions
          .where('[bodyId+reference]')
          .equals([action.bodyId, action.reference])
          .first();
        if (clash && clash.id !== action.id)
          action = { ...action, ...(await freeReference(ctx, item.meetingId)), ...touched(ctx) };
        await db.actions.put(action);
      }
      await putBlocks(db, [removed.block]);
    },
  );
}
