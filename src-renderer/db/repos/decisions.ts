import { newDecision } from '../../domain';
import type { Decision, DecisionsBlock, Id, MinuteBlock } from '../../domain';
import { touched, type DataContext } from '../context';
import { DataError } from '../errors';
import { editableBlock, refuseLongText } from './blocks';
import { refuseBadDissent, refuseBadVote } from './decision-votes';
import { putBlocks } from '../block-store';

/*
 * The decisions of a block live in one row, so each change below reads the row and writes
 * the list back inside one transaction: IndexedDB runs read-write transactions on a table
 * one at a time, so a decision edited in another window is never overwritten by a stale copy.
 */

export type DecisionPatch = Partial<
  Pick<Decision, 'verb' | 'text' | 'confidential' | 'vote' | 'dissent'>
>;

/** A decision taken out of its block, with its place, so it can be put back. */
export interface RemovedDecision {
  blockId: Id;
  index: number;
  decision: Decision;
}

const maxDecisions = 200;

async function decisionsBlock(ctx: DataContext, blockId: Id): Promise<DecisionsBlock> {
  const block = await editableBlock(ctx, blockId);
  if (block.kind !== 'decisions') throw new DataError('That block holds no decisions.', 'invalid');
  return block;
}

function refuseBadDecision(patch: DecisionPatch): void {
  if (patch.verb !== undefined && (patch.verb.trim() === '' || patch.verb.length > 50))
    throw new DataError(
      'A decision needs a verb such as NOTED (50 characters at most).',
      'invalid',
    );
  if (patch.text !== undefined) refuseLongText(patch.text, 'The decision');
  if (patch.vote !== undefined) refuseBadVote(patch.vote);
  if (patch.dissent !== undefined) refuseBadDissent(patch.dissent);
}

/** Runs `change` on the block's decisions inside one transaction and writes the list back. */
async function changeDecisions<T>(
  ctx: DataContext,
  blockId: Id,
  change: (decisions: Decision[], block: DecisionsBlock) => T,
): Promise<T> {
  const { db } = ctx;
  return db.transaction('rw', [db.meetings, db.itemMinutes], async () => {
    const block = await decisionsBlock(ctx, blockId);
    const decisions = [...block.decisions];
    const result = change(decisions, block);
    const next: MinuteBlock = { ...block, decisions, ...touched(ctx) };
    await putBlocks(db, [next]);
    return result;
  });
}

function indexOf(decisions: readonly Decision[], id: Id): number {
  const index = decisions.findIndex((d) => d.id === id);
  if (index < 0) throw new DataError('That decision no longer exists.', 'not-found');
  return index;
}

/**
 * Adds a decision after `afterId` (or at the end), with the verb given or the body's first
 * verb; returns its id.
 */
export async function addDecision(
  ctx: DataContext,
  blockId: Id,
  options: { afterId?: Id; verb?: string } = {},
): Promise<Id> {
  const { db } = ctx;
  const id = ctx.newId();
  return db.transaction('rw', [db.meetings, db.bodies, db.itemMinutes], async () => {
    const meeting = (await decisionsBlock(ctx, blockId)).meetingId;
    const bodyId = (await db.meetings.get(meeting))?.bodyId;
    const body = bodyId === undefined ? undefined : await db.bodies.get(bodyId);
    const verb = options.verb ?? body?.decisionVerbs[0] ?? 'NOTED';
    refuseBadDecision({ verb });
    return changeDecisions(ctx, blockId, (decisions) => {
      if (decisions.length >= maxDecisions)
        throw new DataError(`A block holds at most ${String(maxDecisions)} decisions.`, 'invalid');
      const at =
        options.afterId === undefined ? decisions.length : indexOf(decisions, options.afterId) + 1;
      decisions.splice(at, 0, newDecision(id, verb));
      return id;
    });
  });
}

/** Changes only the given fields of one decision. */
export async function updateDecision(
  ctx: DataContext,
  blockId: Id,
  decisionId: Id,
  patch: DecisionPatch,
): Promise<void> {
  refuseBadDecision(patch);
  await changeDecisions(ctx, blockId, (decisions) => {
    const index = indexOf(decisions, decisionId);
    const current = decisions[index];
    if (current) decisions[index] = { ...current, ...patch };
  });
}

/** Moves a decision one place up or down in its block. */
export async function moveDecision(
  ctx: DataContext,
  blockId: Id,
  decisionId: Id,
  direction: -1 | 1,
): Promise<void> {
  await changeDecisions(ctx, blockId, (decisions) => {
    const index = indexOf(decisions, decisionId);
    const target = index + direction;
    const [moving] = decisions.splice(index, 1);
    if (moving && target >= 0 && target <= decisions.length) decisions.splice(target, 0, moving);
    else if (moving) decisions.splice(index, 0, moving);
  });
}

/** Removes a decision; returns it with its place for {@link restoreDecision}. */
export async function removeDecision(
  ctx: DataContext,
  blockId: Id,
  decisionId: Id,
): Promise<RemovedDecision> {
  return changeDecisions(ctx, blockId, (decisions) => {
    const index = indexOf(decisions, decisionId);
    const [decision] = decisions.splice(index, 1);
    if (!decision) throw new DataError('That decision no longer exists.', 'not-found');
    return { blockId, index, decision };
  });
}

/** Puts a removed decision back where it was (or at the end, if the list has shrunk). */
export async function restoreDecision(ctx: DataContext, removed: RemovedDecision): Promise<void> {
  await changeDecisions(ctx, removed.blockId, (decisions) => {
    if (decisions.some((d) => d.id === removed.decision.id)) return;
    if (decisions.length >= maxDecisions)
      throw new DataError(`A block holds at most ${String(maxDecisions)} decisions.`, 'invalid');
    decisions.splice(Math.min(removed.index, decisions.length), 0, removed.decision);
  });
}
