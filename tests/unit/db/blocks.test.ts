import { describe, expect, it } from 'vitest';
import {
  addBlock,
  addDecision,
  deleteBlock,
  moveBlock,
  moveDecision,
  raiseAction,
  removeDecision,
  restoreBlock,
  updateBlock,
  updateDecision,
} from '../../../src-renderer/db';
import { byPosition, limits, type Id } from '../../../src-renderer/domain';
import {
  approve,
  expectDataError,
  fakeContext,
  seedTwoItems,
  snapshot,
  type TestContext,
  useTestDatabases,
} from './support';
import { allBlocks, blocksOfItem, getBlock } from '../../../src-renderer/db/block-store';

const open = useTestDatabases();

function setUp(ctx: TestContext = fakeContext(open())) {
  return seedTwoItems(ctx);
}

async function kindsOf(ctx: TestContext, itemId: Id): Promise<string[]> {
  const blocks = (await blocksOfItem(ctx.db, itemId)).sort(byPosition);
  return blocks.map((b) => (b.kind === 'paragraph' || b.kind === 'note' ? b.text : b.kind));
}

describe('blocks of minutes', () => {
  it('adds blocks at the end of their item, in order, with audit fields', async () => {
    const { ctx, meetingId, itemId, otherItemId } = await setUp();
    await addBlock(ctx, itemId, 'paragraph', { text: 'First' });
    await addBlock(ctx, otherItemId, 'paragraph', { text: 'Elsewhere' });
    const at = ctx.advance();
    const id = await addBlock(ctx, itemId, 'note', { text: 'Following the meeting…' });
    await addBlock(ctx, itemId, 'paragraph', { text: 'Third' });
    expect(await kindsOf(ctx, itemId)).toEqual(['First', 'Following the meeting…', 'Third']);
    expect(await getBlock(ctx.db, id)).toMatchObject({
      meetingId,
      itemId,
      kind: 'note',
      confidential: false,
      createdAt: at,
      updatedAt: at,
      updatedBy: 'SECAS',
    });
  });

  it("starts a decisions block with one decision using the body's first verb", async () => {
    const { ctx, itemId } = await setUp();
    const id = await addBlock(ctx, itemId, 'decisions', { text: 'the contents of the paper' });
    const block = await getBlock(ctx.db, id);
    if (block?.kind !== 'decisions') throw new Error('expected a decisions block');
    expect(block.decisions).toHaveLength(1);
    expect(block.decisions[0]?.id).not.toBe(id);
    expect(block.decisions).toMatchObject([
      {
        verb: 'NOTED',
        text: 'the contents of the paper',
        confidential: false,
      },
    ]);
  });

  it('edits only the given field, so a confidential mark and typed text never clobber', async () => {
    const { ctx, itemId } = await setUp();
    const id = await addBlock(ctx, itemId, 'paragraph');
    await Promise.all([
      updateBlock(ctx, id, { text: '- bullet one\n- bullet two' }),
      updateBlock(ctx, id, { confidential: true }),
    ]);
    expect(await getBlock(ctx.db, id)).toMatchObject({
      text: '- bullet one\n- bullet two',
      confidential: true,
    });
  });

  it('writes the edited field and the stamp, every other field of the block as it was', async () => {
    const { ctx, itemId } = await setUp();
    const id = await addBlock(ctx, itemId, 'paragraph', { text: 'Before' });
    const before = await getBlock(ctx.db, id);
    await updateBlock(ctx, id, { text: 'After' });
    const after = await getBlock(ctx.db, id);
    expect(after).toEqual({
      ...before,
      text: 'After',
      updatedAt: ctx.now(),
      updatedBy: ctx.user(),
    });
  });

  it('refuses text on a decisions block and text over the limit', async () => {
    const { ctx, itemId } = await setUp();
    const decisions = await addBlock(ctx, itemId, 'decisions');
    const paragraph = await addBlock(ctx, itemId, 'paragraph');
    await expectDataError(updateBlock(ctx, decisions, { text: 'x' }), 'invalid');
    await expectDataError(
      updateBlock(ctx, paragraph, { text: 'x'.repeat(limits.longText + 1) }),
      'invalid',
      /too long/,
    );
  });

  it('moves a block up and down, writing only its own row', async () => {
    const { ctx, itemId } = await setUp();
    await addBlock(ctx, itemId, 'paragraph', { text: 'A' });
    await addBlock(ctx, itemId, 'paragraph', { text: 'B' });
    const c = await addBlock(ctx, itemId, 'paragraph', { text: 'C' });
    const before = await allBlocks(ctx.db);
    await moveBlock(ctx, c, -1);
    expect(await kindsOf(ctx, itemId)).toEqual(['A', 'C', 'B']);
    const after = await allBlocks(ctx.db);
    const changed = after.filter((b) => before.find((o) => o.id === b.id)?.position !== b.position);
    expect(changed.map((b) => b.id)).toEqual([c]);
    await moveBlock(ctx, c, -1);
    await moveBlock(ctx, c, -1); // already first: nothing happens
    expect(await kindsOf(ctx, itemId)).toEqual(['C', 'A', 'B']);
    await moveBlock(ctx, c, 1);
    expect(await kindsOf(ctx, itemId)).toEqual(['A', 'C', 'B']);
  });

  it('deletes a block and undoes the delete exactly', async () => {
    const { ctx, itemId } = await setUp();
    await addBlock(ctx, itemId, 'paragraph', { text: 'A' });
    const b = await addBlock(ctx, itemId, 'paragraph', { text: 'B' });
    const before = await snapshot(ctx.db);
    const removed = await deleteBlock(ctx, b);
    expect(await kindsOf(ctx, itemId)).toEqual(['A']);
    if (!removed) throw new Error('expected the block to be removed');
    await restoreBlock(ctx, removed);
    expect(await snapshot(ctx.db)).toEqual(before);
    expect(await deleteBlock(ctx, 'no-such-block')).toBeNull();
  });

  it('deletes an action block with its action, and undo brings both back', async () => {
    const { ctx, itemId } = await setUp();
    const raised = await raiseAction(ctx, itemId, { text: 'look into it' });
    const removed = await deleteBlock(ctx, raised.blockId);
    expect(await ctx.db.actions.count()).toBe(0);
    if (!removed) throw new Error('expected the block to be removed');
    await restoreBlock(ctx, removed);
    expect(await ctx.db.actions.get(raised.actionId)).toMatchObject({ reference: 'SECP30/01' });
    expect(await getBlock(ctx.db, raised.blockId)).toMatchObject({ kind: 'action' });
  });

  it('marks an action block confidential together with its action', async () => {
    const { ctx, itemId } = await setUp();
    const raised = await raiseAction(ctx, itemId);
    await updateBlock(ctx, raised.blockId, { confidential: true });
    expect(await ctx.db.actions.get(raised.actionId)).toMatchObject({ confidential: true });
    expect(await getBlock(ctx.db, raised.blockId)).toMatchObject({ confidential: true });
  });

  it('refuses every change once the minutes are approved, writing nothing', async () => {
    const { ctx, meetingId, itemId } = await setUp();
    const p = await addBlock(ctx, itemId, 'paragraph', { text: 'A' });
    const d = await addBlock(ctx, itemId, 'decisions');
    const raised = await raiseAction(ctx, itemId);
    const block = await getBlock(ctx.db, d);
    const decisionId = block?.kind === 'decisions' ? block.decisions[0]?.id : undefined;
    if (decisionId === undefined) throw new Error('expected a decision');
    const removed = await deleteBlock(ctx, p);
    if (!removed) throw new Error('expected the block to be removed');
    await approve(ctx, meetingId);
    const before = await snapshot(ctx.db);
    const locked = /approved and locked/;
    await expectDataError(addBlock(ctx, itemId, 'paragraph'), 'locked', locked);
    await expectDataError(updateBlock(ctx, d, { confidential: true }), 'locked', locked);
    await expectDataError(moveBlock(ctx, d, -1), 'locked', locked);
    await expectDataError(deleteBlock(ctx, d), 'locked', locked);
    await expectDataError(restoreBlock(ctx, removed), 'locked', locked);
    await expectDataError(deleteBlock(ctx, raised.blockId), 'locked', locked);
    await expectDataError(addDecision(ctx, d), 'locked', locked);
    await expectDataError(updateDecision(ctx, d, decisionId, { text: 'x' }), 'locked', locked);
    await expectDataError(removeDecision(ctx, d, decisionId), 'locked', locked);
    await expectDataError(moveDecision(ctx, d, decisionId, 1), 'locked', locked);
    expect(await snapshot(ctx.db)).toEqual(before);
  });
});
