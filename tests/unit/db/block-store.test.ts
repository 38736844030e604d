import { describe, expect, it } from 'vitest';
import { MinutebookDb, updateBlock } from '../../../src-renderer/db';
import type { Id, ParagraphBlock } from '../../../src-renderer/domain';
import {
  addBlocks,
  allBlocks,
  blocksOfItem,
  blocksOfMeeting,
  countBlocksOfMeeting,
  deleteBlocks,
  getBlock,
  getBlocks,
  itemMinutesOf,
  putBlocks,
} from '../../../src-renderer/db/block-store';
import { fakeContext, paragraph, rejection, seedTwoItems, useTestDatabases } from './support';

const open = useTestDatabases();

async function twoItems() {
  const s = await seedTwoItems(fakeContext(open()));
  const { ctx, meetingId, itemId, otherItemId } = s;
  const text = (item: Id, words: string, position: string) =>
    paragraph(ctx, meetingId, item, words, position) as ParagraphBlock;
  const a = text(itemId, 'First.', 'a1');
  const b = text(itemId, 'Second.', 'a0');
  const c = text(otherItemId, 'Elsewhere.', 'a0');
  await addBlocks(ctx.db, [a, b, c]);
  return { ...s, a, b, c };
}

describe('the blocks of minutes, kept one row per item', () => {
  it("holds an item's blocks in one row, in position order, found by id, item and meeting", async () => {
    const { ctx, meetingId, itemId, otherItemId, a, b, c } = await twoItems();
    const rows = await ctx.db.itemMinutes.toArray();
    expect(rows.map((r) => r.id).sort()).toEqual([itemId, otherItemId].sort());
    const row = await ctx.db.itemMinutes.get(itemId);
    expect(row).toEqual({ id: itemId, meetingId, blockIds: [b.id, a.id], blocks: [b, a] });
    expect(await blocksOfItem(ctx.db, itemId)).toEqual([b, a]);
    expect(await getBlock(ctx.db, c.id)).toEqual(c);
    expect(await getBlock(ctx.db, 'no-such-block')).toBeUndefined();
    expect(await getBlocks(ctx.db, [c.id, 'none', a.id])).toEqual([c, undefined, a]);
    expect(await blocksOfMeeting(ctx.db, meetingId)).toHaveLength(3);
    expect(await countBlocksOfMeeting(ctx.db, meetingId)).toBe(3);
  });

  it('replaces a block where it stands, leaving its neighbours as they were', async () => {
    const { ctx, itemId, a, b } = await twoItems();
    await putBlocks(ctx.db, [{ ...a, text: 'First, retyped.' }]);
    expect(await blocksOfItem(ctx.db, itemId)).toEqual([b, { ...a, text: 'First, retyped.' }]);
    expect(await allBlocks(ctx.db)).toHaveLength(3);
  });

  it('moves a block put under another item, and drops the row of an item left with none', async () => {
    const { ctx, itemId, otherItemId, a, b, c } = await twoItems();
    await putBlocks(ctx.db, [{ ...c, itemId, position: 'a2' }]);
    expect((await blocksOfItem(ctx.db, itemId)).map((x) => x.id)).toEqual([b.id, a.id, c.id]);
    expect(await ctx.db.itemMinutes.get(otherItemId)).toBeUndefined();
    expect(await blocksOfItem(ctx.db, otherItemId)).toEqual([]);
  });

  it('moves a block into an item holding others, and swaps two blocks between items', async () => {
    const { ctx, itemId, otherItemId, a, b, c } = await twoItems();
    await putBlocks(ctx.db, [{ ...a, itemId: otherItemId, position: 'a1' }]);
    expect((await blocksOfItem(ctx.db, itemId)).map((x) => x.id)).toEqual([b.id]);
    expect((await blocksOfItem(ctx.db, otherItemId)).map((x) => x.id)).toEqual([c.id, a.id]);
    await putBlocks(ctx.db, [
      { ...b, itemId: otherItemId, position: 'a2' },
      { ...c, itemId, position: 'a0' },
    ]);
    expect((await blocksOfItem(ctx.db, itemId)).map((x) => x.id)).toEqual([c.id]);
    expect((await blocksOfItem(ctx.db, otherItemId)).map((x) => x.id)).toEqual([a.id, b.id]);
    expect(await allBlocks(ctx.db)).toHaveLength(3);
  });

  it('refuses to add a block whose id is stored, under its item or another, changing nothing', async () => {
    const { ctx, otherItemId, a } = await twoItems();
    const before = await ctx.db.itemMinutes.toArray();
    const error = await rejection(addBlocks(ctx.db, [{ ...a, itemId: otherItemId }]));
    expect((error as Error).name).toBe('ConstraintError');
    expect(await rejection(addBlocks(ctx.db, [a]))).toMatchObject({ name: 'ConstraintError' });
    expect(await ctx.db.itemMinutes.toArray()).toEqual(before);
  });

  it('refuses, at the storage level, one block id in two rows', async () => {
    const { ctx, meetingId, otherItemId, a } = await twoItems();
    const error = await rejection(
      ctx.db.itemMinutes.put({
        id: otherItemId,
        meetingId,
        blockIds: [a.id],
        blocks: [{ ...a, itemId: otherItemId }],
      }),
    );
    expect((error as Error).name).toBe('ConstraintError');
    expect(() => itemMinutesOf([a, a])).toThrow('held twice');
  });

  it('deletes blocks by id, ignoring ids not stored', async () => {
    const { ctx, itemId, otherItemId, a, b, c } = await twoItems();
    await deleteBlocks(ctx.db, [a.id, c.id, 'no-such-block']);
    expect(await blocksOfItem(ctx.db, itemId)).toEqual([b]);
    expect(await ctx.db.itemMinutes.get(otherItemId)).toBeUndefined();
  });

  it('keeps both of two windows’ edits to different blocks of one item', async () => {
    const { ctx, itemId, a, b } = await twoItems();
    const other = new MinutebookDb(ctx.db.name);
    try {
      const there = { ...fakeContext(other, { user: 'Chair' }) };
      await Promise.all([
        updateBlock(ctx, a.id, { text: 'Typed here.' }),
        updateBlock(there, b.id, { text: 'Typed in the other window.' }),
        updateBlock(ctx, a.id, { confidential: true }),
      ]);
    } finally {
      other.close();
    }
    const [second, first] = await blocksOfItem(ctx.db, itemId);
    expect(first).toMatchObject({ id: a.id, text: 'Typed here.', confidential: true });
    expect(second).toMatchObject({ id: b.id, text: 'Typed in the other window.' });
  });

  it('writes nothing when a transaction holding the write fails', async () => {
    const { ctx, itemId, a, b } = await twoItems();
    await expect(
      ctx.db.transaction('rw', ctx.db.itemMinutes, async () => {
        await putBlocks(ctx.db, [{ ...a, text: 'Lost.' }]);
        await deleteBlocks(ctx.db, [b.id]);
        throw new Error('refused later');
      }),
    ).rejects.toThrow('refused later');
    expect(await blocksOfItem(ctx.db, itemId)).toEqual([b, a]);
  });
});
