import { describe, expect, it } from 'vitest';
import {
  addActionsOutstandingItem,
  addBlock,
  addItem,
  createMeeting,
  giveUpdate,
  raiseAction,
  readActionLog,
  readBodyRows,
  updateAction,
  updateBlock,
  updateItem,
} from '../../../src-renderer/db';
import { archiveFromRows, type Id } from '../../../src-renderer/domain';
import { buildMinutes, type Variant } from '../../../src-renderer/minutes';
import { documentText } from '../minutes/model-text';
import { fakeContext, meeting30, seedMeeting, useTestDatabases, type TestContext } from './support';
import { getBlock } from '../../../src-renderer/db/block-store';

const open = useTestDatabases();

/** Every word a variant of a meeting's minutes would print, as one text. */
async function printed(ctx: TestContext, bodyId: Id, meetingId: Id, variant: Variant) {
  const archive = archiveFromRows([await readBodyRows(ctx.db, bodyId)], ctx.now());
  return documentText(buildMinutes(archive, meetingId, variant)).join('\n');
}

/** Meeting 30 with item 2 "Event of Default Update" marked confidential, as the UI does it. */
async function confidentialItem(ctx: TestContext) {
  const { bodyId, meetingId } = await seedMeeting(ctx);
  await addItem(ctx, meetingId, { title: 'Minutes and Actions Outstanding' });
  const item2 = await addItem(ctx, meetingId, { title: 'Event of Default Update' });
  await updateItem(ctx, item2, { classification: 'confidential' });
  return { bodyId, meetingId, item2 };
}

describe('what lies inside a confidential item', () => {
  it('keeps a sub-item and its paragraph out of the public minutes', async () => {
    const ctx = fakeContext(open());
    const { bodyId, meetingId, item2 } = await confidentialItem(ctx);
    // "Add sub-item", then a paragraph typed into 2.1: the calls the agenda and editor make.
    const sub = await addItem(ctx, meetingId, {
      title: 'Northwind default notice',
      parentId: item2,
    });
    const block = await addBlock(ctx, sub, 'paragraph');
    await updateBlock(ctx, block, { text: 'Northwind Energy Supply Ltd remained in default.' });

    const confidential = await printed(ctx, bodyId, meetingId, 'confidential');
    expect(confidential).toContain('2.1 Northwind default notice');
    expect(confidential).toContain('Northwind Energy Supply Ltd remained in default.');
    const published = await printed(ctx, bodyId, meetingId, 'public');
    expect(published).toContain('2 Event of Default Update');
    expect(published).not.toContain('Northwind');
  });

  it('keeps an action raised there, and its update at the next meeting, out of both public minutes', async () => {
    const ctx = fakeContext(open());
    const { bodyId, meetingId, item2 } = await confidentialItem(ctx);
    const raised = await raiseAction(ctx, item2);
    await updateAction(ctx, raised.actionId, { text: 'write to Northwind about the default.' });
    expect(await printed(ctx, bodyId, meetingId, 'public')).not.toContain(raised.reference);

    const m31 = await createMeeting(ctx, bodyId, { ...meeting30, number: 31, date: '2016-04-14' });
    await addActionsOutstandingItem(ctx, m31);
    // The update form's default, as it was: the action's own flag.
    await giveUpdate(ctx, m31, [raised.actionId], 'Northwind have paid in full.', {
      closes: true,
    });
    const confidential31 = await printed(ctx, bodyId, m31, 'confidential');
    expect(confidential31).toContain(raised.reference);
    expect(confidential31).toContain('Northwind have paid in full.');
    const published31 = await printed(ctx, bodyId, m31, 'public');
    expect(published31).not.toContain(raised.reference);
    expect(published31).not.toContain('Northwind');
  });

  it('keeps an action out when its item is made confidential after it was raised', async () => {
    const ctx = fakeContext(open());
    const { bodyId, meetingId } = await seedMeeting(ctx);
    const item = await addItem(ctx, meetingId, { title: 'Risk Register Update' });
    const raised = await raiseAction(ctx, item, { text: 'review the Northwind exposure.' });
    expect(await printed(ctx, bodyId, meetingId, 'public')).toContain(raised.reference);
    await updateItem(ctx, item, { classification: 'confidential' });
    const published = await printed(ctx, bodyId, meetingId, 'public');
    expect(published).toContain('1 Risk Register Update');
    expect(published).not.toContain(raised.reference);
    expect(published).not.toContain('Northwind');
  });

  it('raises an action confidential inside a confidential item, and its updates with it', async () => {
    const ctx = fakeContext(open());
    const { bodyId, meetingId, item2 } = await confidentialItem(ctx);
    const sub = await addItem(ctx, meetingId, { title: 'Northwind', parentId: item2 });
    const raised = await raiseAction(ctx, sub);
    expect((await ctx.db.actions.get(raised.actionId))?.confidential).toBe(true);
    expect((await getBlock(ctx.db, raised.blockId))?.confidential).toBe(true);

    const item1 = (await ctx.db.agendaItems.where('meetingId').equals(meetingId).toArray()).find(
      (i) => i.title === 'Minutes and Actions Outstanding',
    );
    const open31 = await raiseAction(ctx, item1?.id ?? '');
    expect((await ctx.db.actions.get(open31.actionId))?.confidential).toBe(false);
    // Made confidential afterwards: the log says so although the stored flag does not.
    await updateItem(ctx, item1?.id ?? '', { classification: 'confidential' });
    const log = await readActionLog(ctx.db, bodyId);
    expect([...log.confidential].sort()).toEqual([raised.actionId, open31.actionId].sort());

    const m31 = await createMeeting(ctx, bodyId, { ...meeting30, number: 31, date: '2016-04-14' });
    const [update] = await giveUpdate(ctx, m31, [open31.actionId], 'Done.', {
      closes: false,
      confidential: false,
    });
    expect((await ctx.db.actionUpdates.get(update ?? ''))?.confidential).toBe(true);
  });
});
