import { describe, expect, it } from 'vitest';
import {
  addItem,
  createMeeting,
  declassifyAction,
  giveUpdate,
  raiseAction,
  readActionLog,
  updateItem,
} from '../../../src-renderer/db';
import { limits } from '../../../src-renderer/domain';
import {
  approve,
  expectDataError,
  fakeContext,
  meeting30,
  seedMeeting,
  snapshot,
  useTestDatabases,
  type TestContext,
} from './support';
import { getBlock } from '../../../src-renderer/db/block-store';

const open = useTestDatabases();

const byChair = { on: '2016-04-14', by: 'the Panel Chair' };

/**
 * Meeting 30 with item 2 "Event of Default Update" confidential and an action raised there,
 * SECP30/01; item 1 public with a public action, SECP30/02; and meeting 31 a month later.
 */
async function panel(ctx: TestContext) {
  const { bodyId, meetingId: m30 } = await seedMeeting(ctx);
  const item1 = await addItem(ctx, m30, { title: 'Minutes and Actions Outstanding' });
  const item2 = await addItem(ctx, m30, { title: 'Event of Default Update' });
  await updateItem(ctx, item2, { classification: 'confidential' });
  const secret = await raiseAction(ctx, item2, { text: 'write to Northwind.' });
  const open = await raiseAction(ctx, item1, { text: 'publish the guidance.' });
  const m31 = await createMeeting(ctx, bodyId, { ...meeting30, number: 31, date: '2016-04-14' });
  return { bodyId, m30, m31, item1, secret, open };
}

describe('declassifyAction', () => {
  it('records when and by whom, with the audit fields, once the raising minutes are approved', async () => {
    const ctx = fakeContext(open());
    const { bodyId, m30, secret } = await panel(ctx);
    await approve(ctx, m30);
    expect((await readActionLog(ctx.db, bodyId)).confidential.has(secret.actionId)).toBe(true);
    ctx.setUser('Panel Secretary');
    const at = ctx.advance();
    await declassifyAction(ctx, secret.actionId, { on: '2016-04-14', by: '  the   Panel Chair ' });

    const stored = await ctx.db.actions.get(secret.actionId);
    expect(stored).toMatchObject({
      declassified: byChair,
      confidential: true,
      updatedAt: at,
      updatedBy: 'Panel Secretary',
    });
    expect((await readActionLog(ctx.db, bodyId)).confidential.has(secret.actionId)).toBe(false);
    // Its entry in the approved minutes of meeting 30 is left as it was: confidential.
    expect((await getBlock(ctx.db, secret.blockId))?.confidential).toBe(true);
  });

  it('declassifies an action confidential by its item only, its own flag public', async () => {
    const ctx = fakeContext(open());
    const { bodyId, item1, open: raised } = await panel(ctx);
    await updateItem(ctx, item1, { classification: 'confidential' });
    expect((await ctx.db.actions.get(raised.actionId))?.confidential).toBe(false);
    await declassifyAction(ctx, raised.actionId, byChair);
    expect((await readActionLog(ctx.db, bodyId)).confidential.size).toBe(1);
    expect((await ctx.db.actions.get(raised.actionId))?.declassified).toEqual(byChair);
  });

  it('refuses a bad date, no one named, a public action and a second time, changing nothing', async () => {
    const ctx = fakeContext(open());
    const { secret, open: publicAction } = await panel(ctx);
    const before = await snapshot(ctx.db);
    const id = secret.actionId;
    for (const on of ['2016-02-30', '14/04/2016', ''])
      await expectDataError(declassifyAction(ctx, id, { ...byChair, on }), 'invalid', /date/);
    await expectDataError(declassifyAction(ctx, id, { ...byChair, by: '  ' }), 'invalid');
    await expectDataError(
      declassifyAction(ctx, id, { ...byChair, by: 'x'.repeat(limits.shortText + 1) }),
      'invalid',
      /too long/,
    );
    await expectDataError(
      declassifyAction(ctx, id, { ...byChair, on: '2016-03-09' }),
      'invalid',
      'SECP30/01 cannot be declassified before it was raised.',
    );
    await expectDataError(
      declassifyAction(ctx, publicAction.actionId, byChair),
      'invalid',
      'SECP30/02 is not confidential: there is nothing to declassify.',
    );
    await expectDataError(declassifyAction(ctx, 'gone', byChair), 'not-found');
    expect(await snapshot(ctx.db)).toEqual(before);

    await declassifyAction(ctx, id, byChair);
    const after = await snapshot(ctx.db);
    await expectDataError(
      declassifyAction(ctx, id, { on: '2016-05-12', by: 'the Panel' }),
      'conflict',
      'SECP30/01 has been declassified already.',
    );
    expect(await snapshot(ctx.db)).toEqual(after);
  });
});

describe('giveUpdate to a declassified action', () => {
  it('is public by default, confidential when asked, and earlier updates stay confidential', async () => {
    const ctx = fakeContext(open());
    const { bodyId, m31, secret } = await panel(ctx);
    const [before] = await giveUpdate(ctx, m31, [secret.actionId], 'Northwind have been told.', {
      closes: false,
      confidential: false,
    });
    expect((await ctx.db.actionUpdates.get(before ?? ''))?.confidential).toBe(true);

    await declassifyAction(ctx, secret.actionId, byChair);
    const m32 = await createMeeting(ctx, bodyId, { ...meeting30, number: 32, date: '2016-05-12' });
    const [plain] = await giveUpdate(ctx, m32, [secret.actionId], 'Northwind have paid.', {
      closes: false,
    });
    expect((await ctx.db.actionUpdates.get(plain ?? ''))?.confidential).toBe(false);
    // The secretary's own tick still counts.
    const m33 = await createMeeting(ctx, bodyId, { ...meeting30, number: 33, date: '2016-06-09' });
    const [flagged] = await giveUpdate(ctx, m33, [secret.actionId], 'The amount is private.', {
      closes: true,
      confidential: true,
    });
    expect((await ctx.db.actionUpdates.get(flagged ?? ''))?.confidential).toBe(true);
    // What was given before the decision keeps its flag.
    expect((await ctx.db.actionUpdates.get(before ?? ''))?.confidential).toBe(true);
  });
});
