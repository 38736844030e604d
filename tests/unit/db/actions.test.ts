import { describe, expect, it } from 'vitest';
import {
  addBlock,
  addItem,
  createMeeting,
  deleteBlock,
  deleteItem,
  restoreItems,
  moveBlock,
  moveItem,
  raiseAction,
  renumberActions,
  restoreBlock,
  updateAction,
  updateBody,
} from '../../../src-renderer/db';
import type { Id } from '../../../src-renderer/domain';
import {
  approve,
  expectDataError,
  fakeContext,
  meeting30,
  seedMeeting,
  snapshot,
  useTestDatabases,
} from './support';
import { countBlocks, getBlock } from '../../../src-renderer/db/block-store';

const open = useTestDatabases();

async function setUp() {
  const ctx = fakeContext(open());
  const { bodyId, meetingId } = await seedMeeting(ctx);
  const first = await addItem(ctx, meetingId, { title: 'Privacy Assessment' });
  const second = await addItem(ctx, meetingId, { title: 'Testing Update' });
  return { ctx, bodyId, meetingId, first, second };
}

describe('raising actions', () => {
  it('assigns SECP30/01, /02 … at once and records an open action and its block', async () => {
    const { ctx, bodyId, meetingId, first, second } = await setUp();
    const a = await raiseAction(ctx, first, { text: 'look into making the template public' });
    const b = await raiseAction(ctx, second, { owner: 'DCC', dueDate: '2016-03-24' });
    expect([a.reference, b.reference]).toEqual(['SECP30/01', 'SECP30/02']);
    expect(await ctx.db.actions.get(a.actionId)).toMatchObject({
      bodyId,
      meetingId,
      itemId: first,
      raisedOn: '2016-03-10',
      sequence: 1,
      reference: 'SECP30/01',
      owner: 'SECAS',
      text: 'look into making the template public',
      dueDate: null,
      status: 'open',
      confidential: false,
    });
    expect(await ctx.db.actions.get(b.actionId)).toMatchObject({
      owner: 'DCC',
      dueDate: '2016-03-24',
    });
    expect(await getBlock(ctx.db, a.blockId)).toMatchObject({
      kind: 'action',
      actionId: a.actionId,
      itemId: first,
    });
    expect((await ctx.db.meetings.get(meetingId))?.lastActionSequence).toBe(2);
  });

  it('never reuses the reference of a deleted action within the meeting', async () => {
    const { ctx, first } = await setUp();
    await raiseAction(ctx, first);
    const second = await raiseAction(ctx, first);
    await deleteBlock(ctx, second.blockId);
    const third = await raiseAction(ctx, first);
    expect(third.reference).toBe('SECP30/03');
  });

  it('gives a restored action a fresh reference if its own has been taken meanwhile', async () => {
    const { ctx, first } = await setUp();
    const a = await raiseAction(ctx, first);
    await raiseAction(ctx, first);
    const removed = await deleteBlock(ctx, a.blockId);
    await renumberActions(ctx, (await ctx.db.actions.toArray())[0]?.meetingId ?? '');
    // SECP30/02 is now SECP30/01, so the restored action cannot take SECP30/01 back.
    if (!removed) throw new Error('expected the block to be removed');
    await restoreBlock(ctx, removed);
    const refs = (await ctx.db.actions.toArray()).map((x) => x.reference).sort();
    expect(refs).toEqual(['SECP30/01', 'SECP30/02']);
  });

  it('keeps references unique per body with a template like Action-SC-{yyyy}-{n}', async () => {
    const { ctx, bodyId, first } = await setUp();
    await updateBody(ctx, bodyId, { actionRefTemplate: 'Action-SC-{yyyy}-{n}' });
    const a = await raiseAction(ctx, first);
    const b = await raiseAction(ctx, first);
    expect([a.reference, b.reference]).toEqual(['Action-SC-2016-1', 'Action-SC-2016-2']);
    // Meeting 31 in the same year would otherwise start again at Action-SC-2016-1.
    const m31 = await createMeeting(ctx, bodyId, { ...meeting30, number: 31, date: '2016-04-14' });
    const item = await addItem(ctx, m31, { title: 'AOB' });
    const c = await raiseAction(ctx, item);
    expect(c.reference).toBe('Action-SC-2016-3');
    const refs = (await ctx.db.actions.toArray()).map((x) => x.reference);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('refuses a template without a sequence, and an item that is gone', async () => {
    const { ctx, bodyId, first } = await setUp();
    await expectDataError(raiseAction(ctx, 'no-such-item'), 'not-found');
    // Settings refuse such a template; an archive written elsewhere might still hold one.
    await ctx.db.bodies.update(bodyId, { actionRefTemplate: 'SECP-{meeting}' });
    await expectDataError(raiseAction(ctx, first), 'invalid', /same reference/);
    expect(await ctx.db.actions.count()).toBe(0);
    expect(await countBlocks(ctx.db)).toBe(0);
  });

  it('edits owner, text and due date field by field', async () => {
    const { ctx, first } = await setUp();
    const a = await raiseAction(ctx, first);
    await Promise.all([
      updateAction(ctx, a.actionId, { owner: 'DCC' }),
      updateAction(ctx, a.actionId, { text: 'circulate the appendix' }),
      updateAction(ctx, a.actionId, { dueDate: '2016-04-01' }),
    ]);
    expect(await ctx.db.actions.get(a.actionId)).toMatchObject({
      owner: 'DCC',
      text: 'circulate the appendix',
      dueDate: '2016-04-01',
      reference: 'SECP30/01',
    });
    await expectDataError(
      updateAction(ctx, a.actionId, { dueDate: '2016-02-30' }),
      'invalid',
      /^Enter the due date as a date such as \d/,
    );
    await expectDataError(updateAction(ctx, 'gone', { owner: 'x' }), 'not-found');
  });
});

describe('renumbering actions in agenda order', () => {
  async function raisedOutOfOrder() {
    const s = await setUp();
    const ctx = s.ctx;
    // Raised in the order item 2, item 1, item 1: minutes read 1/02, 1/03, then 2/01.
    const x = await raiseAction(ctx, s.second, { text: 'x' });
    const y = await raiseAction(ctx, s.first, { text: 'y' });
    await addBlock(ctx, s.first, 'paragraph', { text: 'between' });
    const z = await raiseAction(ctx, s.first, { text: 'z' });
    return { ...s, x, y, z };
  }

  const refOf = async (ctx: ReturnType<typeof fakeContext>, id: Id) =>
    (await ctx.db.actions.get(id))?.reference;

  it('numbers the actions 01, 02 … as the minutes read them', async () => {
    const { ctx, meetingId, x, y, z } = await raisedOutOfOrder();
    expect(await renumberActions(ctx, meetingId)).toBe(3);
    expect([
      await refOf(ctx, y.actionId),
      await refOf(ctx, z.actionId),
      await refOf(ctx, x.actionId),
    ]).toEqual(['SECP30/01', 'SECP30/02', 'SECP30/03']);
    expect((await ctx.db.actions.get(x.actionId))?.sequence).toBe(3);
    expect(await renumberActions(ctx, meetingId)).toBe(0);
  });

  it('follows moved blocks and items, and closes the gap of a deleted action', async () => {
    const { ctx, meetingId, first, x, y, z } = await raisedOutOfOrder();
    await moveItem(ctx, first, 1); // "Testing Update" is now item 1
    await moveBlock(ctx, z.blockId, -1);
    await moveBlock(ctx, z.blockId, -1);
    await deleteBlock(ctx, y.blockId);
    await renumberActions(ctx, meetingId);
    expect([await refOf(ctx, x.actionId), await refOf(ctx, z.actionId)]).toEqual([
      'SECP30/01',
      'SECP30/02',
    ]);
    expect((await raiseAction(ctx, first)).reference).toBe('SECP30/03');
  });

  it('renumbers without the actions of a deleted item; an undo gives them a free reference', async () => {
    const { ctx, meetingId, second, y, z } = await raisedOutOfOrder();
    const removed = await deleteItem(ctx, second); // x (SECP30/01) goes with its item
    await renumberActions(ctx, meetingId);
    expect([await refOf(ctx, y.actionId), await refOf(ctx, z.actionId)]).toEqual([
      'SECP30/01',
      'SECP30/02',
    ]);
    await restoreItems(ctx, removed);
    const x = removed.actions[0]?.id ?? '';
    expect(await refOf(ctx, x)).toBe('SECP30/03');
  });

  it('is refused once the minutes are approved: references are frozen', async () => {
    const { ctx, meetingId, x, first } = await raisedOutOfOrder();
    await approve(ctx, meetingId);
    const before = await snapshot(ctx.db);
    await expectDataError(renumberActions(ctx, meetingId), 'locked');
    await expectDataError(raiseAction(ctx, first), 'locked');
    await expectDataError(updateAction(ctx, x.actionId, { text: 'changed' }), 'locked');
    expect(await snapshot(ctx.db)).toEqual(before);
  });
});
