import { describe, expect, it } from 'vitest';
import {
  addInterest,
  addItem,
  addMember,
  createMeeting,
  removeInterest,
  restoreInterest,
  updateBody,
  updateInterest,
} from '../../../src-renderer/db';
import { byPosition } from '../../../src-renderer/domain';
import {
  approve,
  expectDataError,
  fakeContext,
  meeting30,
  seedMeeting,
  snapshot,
  useTestDatabases,
} from './support';

const open = useTestDatabases();

async function setUp() {
  const ctx = fakeContext(open());
  const { bodyId, meetingId } = await seedMeeting(ctx);
  const itemId = await addItem(ctx, meetingId, { title: 'Supplier contracts' });
  const helen = await addMember(ctx, bodyId, { name: 'Helen Brooks', organisation: 'Supplier' });
  const list = async () =>
    (await ctx.db.interests.where('meetingId').equals(meetingId).toArray()).sort(byPosition);
  return { ctx, bodyId, meetingId, itemId, helen, list };
}

describe('declarations of interest', () => {
  it('adds declarations in order, by member or typed name, withdrawal from the body', async () => {
    const { ctx, bodyId, meetingId, itemId, helen, list } = await setUp();
    const first = await addInterest(ctx, meetingId, {
      memberId: helen,
      itemId,
      interest: ' Director of a supplier named in the paper ',
    });
    await updateBody(ctx, bodyId, { interestWithdrawal: true });
    await addInterest(ctx, meetingId, {
      memberId: null,
      name: '  Tom   Ray ',
      itemId: null,
      interest: 'Shareholder',
      confidential: true,
    });
    const rows = await list();
    expect(rows.map((r) => [r.name, r.itemId, r.interest, r.withdrew, r.confidential])).toEqual([
      ['Helen Brooks', itemId, 'Director of a supplier named in the paper', false, false],
      ['Tom Ray', null, 'Shareholder', true, true],
    ]);
    expect(rows[0]).toMatchObject({ id: first, memberId: helen, updatedBy: 'SECAS' });
    // The withdrawal said outright wins over the body's default.
    await addInterest(ctx, meetingId, {
      memberId: null,
      name: 'Ann Lee',
      itemId,
      interest: 'Adviser',
      withdrew: false,
    });
    expect((await list())[2]?.withdrew).toBe(false);
  });

  it('edits and removes a declaration, and puts it back', async () => {
    const { ctx, meetingId, itemId, helen, list } = await setUp();
    const id = await addInterest(ctx, meetingId, { memberId: helen, itemId, interest: 'Director' });
    ctx.advance();
    await updateInterest(ctx, id, { interest: 'Non-executive director', withdrew: true });
    await updateInterest(ctx, id, { itemId: null, confidential: true });
    expect((await list())[0]).toMatchObject({
      interest: 'Non-executive director',
      withdrew: true,
      itemId: null,
      confidential: true,
      updatedAt: '2016-03-10T10:01:00.000Z',
    });
    const removed = await removeInterest(ctx, id);
    expect(await list()).toEqual([]);
    if (removed === null) throw new Error('expected the removed row');
    await restoreInterest(ctx, removed);
    expect(await list()).toEqual([removed]);
    expect(await removeInterest(ctx, 'gone')).toBeNull();
  });

  it('refuses an empty name or interest, an item of another meeting, a member of no body', async () => {
    const { ctx, bodyId, meetingId, itemId, helen } = await setUp();
    const other = await createMeeting(ctx, bodyId, { ...meeting30, number: 31 });
    const elsewhere = await addItem(ctx, other, { title: 'Elsewhere' });
    const id = await addInterest(ctx, meetingId, { memberId: helen, itemId, interest: 'Director' });
    const before = await snapshot(ctx.db);
    const add = (input: Parameters<typeof addInterest>[2]) => addInterest(ctx, meetingId, input);
    await expectDataError(add({ memberId: null, name: ' ', itemId, interest: 'x' }), 'invalid');
    await expectDataError(add({ memberId: helen, itemId, interest: '  ' }), 'invalid', /interest/);
    await expectDataError(
      add({ memberId: helen, itemId: elsewhere, interest: 'x' }),
      'not-found',
      /agenda/,
    );
    await expectDataError(add({ memberId: 'nobody', itemId, interest: 'x' }), 'not-found');
    await expectDataError(updateInterest(ctx, id, { itemId: elsewhere }), 'not-found');
    await expectDataError(updateInterest(ctx, id, { interest: '' }), 'invalid');
    await expectDataError(updateInterest(ctx, 'gone', { interest: 'x' }), 'not-found');
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses every change once the minutes are approved', async () => {
    const { ctx, meetingId, itemId, helen } = await setUp();
    const id = await addInterest(ctx, meetingId, { memberId: helen, itemId, interest: 'Director' });
    const row = await ctx.db.interests.get(id);
    if (!row) throw new Error('expected the row');
    await approve(ctx, meetingId);
    await expectDataError(
      addInterest(ctx, meetingId, { memberId: helen, itemId, interest: 'x' }),
      'locked',
    );
    await expectDataError(updateInterest(ctx, id, { interest: 'x' }), 'locked');
    await expectDataError(removeInterest(ctx, id), 'locked');
    await expectDataError(restoreInterest(ctx, row), 'locked');
  });

  it('refuses a withdrawal setting that is not on or off', async () => {
    const { ctx, bodyId } = await setUp();
    await expectDataError(
      updateBody(ctx, bodyId, { interestWithdrawal: 'yes' as unknown as boolean }),
      'invalid',
      /Withdrawal/,
    );
  });
});
