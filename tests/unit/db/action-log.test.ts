import { describe, expect, it } from 'vitest';
import {
  addActionsOutstandingItem,
  addItem,
  createBody,
  createMeeting,
  deleteEarlierAction,
  editEarlierAction,
  editUpdates,
  giveUpdate,
  recordEarlierAction,
  raiseAction,
  readBodyRows,
  removeUpdates,
  restoreEarlierAction,
  updateItem,
  WriteJournal,
  type EarlierAction,
} from '../../../src-renderer/db';
import {
  archiveFromRows,
  noUpdates,
  parseArchive,
  serializeArchive,
  updateRowsAt,
  type Action,
  type Id,
} from '../../../src-renderer/domain';
import {
  actionsAndUpdates,
  approve,
  expectDataError,
  fakeContext,
  meeting30,
  MemoryStorage,
  secPanel,
  snapshot,
  type TestContext,
  useTestDatabases,
} from './support';

const open = useTestDatabases();

const policy = 'The three actions on the Panel Information Policy will be covered in April.';

function earlier(reference: string, fields: Partial<EarlierAction> = {}): EarlierAction {
  return {
    reference,
    owner: 'SECAS',
    text: `Action ${reference}`,
    raisedOn: '2015-06-11',
    dueDate: null,
    ...fields,
  };
}

/** The SEC Panel with meetings 29 and 30 and the five earlier actions of the reference minutes. */
async function panel(): Promise<{
  ctx: TestContext;
  bodyId: Id;
  m29: Id;
  m30: Id;
  ids: Record<string, Id>;
}> {
  const ctx = fakeContext(open());
  const bodyId = await createBody(ctx, secPanel);
  const m29 = await createMeeting(ctx, bodyId, { ...meeting30, number: 29, date: '2016-02-11' });
  const m30 = await createMeeting(ctx, bodyId, meeting30);
  const ids: Record<string, Id> = {};
  for (const ref of ['SECP22/04', 'SECP20/04', 'SECP23/08', 'SECP28/06', 'SECP22/08'])
    ids[ref] = await recordEarlierAction(ctx, bodyId, earlier(ref));
  return { ctx, bodyId, m29, m30, ids };
}

async function action(ctx: TestContext, id: Id | undefined): Promise<Action | undefined> {
  return ctx.db.actions.get(id ?? '');
}

describe('recordEarlierAction', () => {
  it('stores an action of no meeting, with the reference as typed', async () => {
    const { ctx, bodyId, ids } = await panel();
    const a = await action(ctx, ids['SECP22/08']);
    expect(a).toMatchObject({
      bodyId,
      meetingId: null,
      itemId: null,
      sequence: 0,
      reference: 'SECP22/08',
      status: 'open',
      raisedOn: '2015-06-11',
      updatedBy: 'SECAS',
    });
  });

  it('refuses a reference the body already uses, and bad fields, changing nothing', async () => {
    const { ctx, bodyId } = await panel();
    const before = await snapshot(ctx.db);
    await expectDataError(
      recordEarlierAction(ctx, bodyId, earlier(' SECP22/08 ')),
      'conflict',
      /already has an action SECP22\/08/,
    );
    await expectDataError(recordEarlierAction(ctx, bodyId, earlier('  ')), 'invalid');
    await expectDataError(
      recordEarlierAction(ctx, bodyId, earlier('X1', { owner: '' })),
      'invalid',
    );
    await expectDataError(
      recordEarlierAction(ctx, bodyId, earlier('X1', { raisedOn: '2015-02-30' })),
      'invalid',
    );
    await expectDataError(
      recordEarlierAction(ctx, bodyId, earlier('X1', { dueDate: '2015-01-01' })),
      'invalid',
      /before the date raised/,
    );
    await expectDataError(recordEarlierAction(ctx, 'nobody', earlier('X1')), 'not-found');
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('allows the same reference in another body', async () => {
    const { ctx } = await panel();
    const other = await createBody(ctx, { ...secPanel, name: 'TAG' });
    await expect(recordEarlierAction(ctx, other, earlier('SECP22/08'))).resolves.toBeTypeOf(
      'string',
    );
  });
});

describe('giveUpdate', () => {
  it('writes one update per action; the same words print as one row', async () => {
    const { ctx, bodyId, m30, ids } = await panel();
    const shared = [ids['SECP20/04'], ids['SECP23/08'], ids['SECP28/06']] as Id[];
    const written = await giveUpdate(ctx, m30, shared, policy, { closes: false });
    expect(written).toHaveLength(3);
    const log = await actionsAndUpdates(ctx.db, bodyId);
    expect(log.updates.map((u) => [u.actionId, u.meetingId, u.text])).toEqual(
      shared.map((id) => [id, m30, policy]),
    );
    expect(updateRowsAt(m30, log.actions, log.updates).map((r) => r.label)).toEqual([
      'SECP20/04, 23/08 & 28/06',
    ]);
  });

  it('keeps the row being edited to itself when its words come to read as another row’s', async () => {
    const { ctx, bodyId, m30, ids } = await panel();
    const ongoing = await giveUpdate(ctx, m30, [ids['SECP20/04'] as Id], 'Ongoing', {
      closes: false,
    });
    const typed = await giveUpdate(ctx, m30, [ids['SECP22/04'] as Id], 'Ongo', { closes: false });
    await editUpdates(ctx, typed, { text: 'Ongoing' });
    const log = await actionsAndUpdates(ctx.db, bodyId);
    const rows = (apart?: ReadonlySet<Id>) =>
      updateRowsAt(m30, log.actions, log.updates, apart).map((r) => [
        r.label,
        r.updates.map((u) => u.id),
      ]);
    // As the minutes print them: one row.
    expect(rows()).toEqual([['SECP20/04 & 22/04', [...ongoing, ...typed]]]);
    // While SECP22/04's words are being typed: two rows, each with its own updates.
    expect(rows(new Set(typed))).toEqual([
      ['SECP20/04', ongoing],
      ['SECP22/04', typed],
    ]);
  });

  it('closes the action when the update closes it, and reopens when that is undone', async () => {
    const { ctx, m30, ids } = await panel();
    const id = ids['SECP22/08'] as Id;
    const [updateId] = await giveUpdate(ctx, m30, [id], 'Published.', { closes: true });
    expect((await action(ctx, id))?.status).toBe('closed');
    await editUpdates(ctx, [updateId as Id], { closes: false });
    expect((await action(ctx, id))?.status).toBe('open');
    await editUpdates(ctx, [updateId as Id], { closes: true, text: 'Now published.' });
    expect((await action(ctx, id))?.status).toBe('closed');
    expect((await ctx.db.actionUpdates.get(updateId as Id))?.text).toBe('Now published.');
    await removeUpdates(ctx, [updateId as Id]);
    expect((await action(ctx, id))?.status).toBe('open');
    expect(await ctx.db.actionUpdates.count()).toBe(0);
  });

  it('keeps an action closed while another of its updates still closes it', async () => {
    const { ctx, m29, m30, ids } = await panel();
    const id = ids['SECP22/04'] as Id;
    await giveUpdate(ctx, m29, [id], 'Progressing.', { closes: false });
    const [later] = await giveUpdate(ctx, m30, [id], 'Done.', { closes: true });
    await editUpdates(ctx, [later as Id], { text: 'Done and dusted.' });
    expect((await action(ctx, id))?.status).toBe('closed');
  });

  it('refuses an action closed at an earlier meeting, a second update, and empty words', async () => {
    const { ctx, m29, m30, ids } = await panel();
    const id = ids['SECP22/08'] as Id;
    await giveUpdate(ctx, m29, [id], 'Published.', { closes: true });
    await expectDataError(
      giveUpdate(ctx, m30, [id], 'Again.', { closes: false }),
      'invalid',
      /not outstanding at meeting 30/,
    );
    await expectDataError(
      giveUpdate(ctx, m29, [id], 'Twice.', { closes: false }),
      'conflict',
      /already has an update/,
    );
    await expectDataError(
      giveUpdate(ctx, m30, [ids['SECP22/04'] as Id], '  ', { closes: false }),
      'invalid',
    );
    await expectDataError(giveUpdate(ctx, m30, [], 'Nothing.', { closes: false }), 'invalid');
  });

  it('refuses an action raised at the same meeting or later', async () => {
    const { ctx, bodyId, m29, m30 } = await panel();
    const raised: Action = {
      id: 'raised-30',
      bodyId,
      meetingId: m30,
      itemId: null,
      raisedOn: '2016-03-10',
      sequence: 1,
      reference: 'SECP30/01',
      owner: 'SECAS',
      ownerMemberId: null,
      text: 'Look into it.',
      dueDate: null,
      status: 'open',
      confidential: true,
      declassified: null,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
      updatedBy: 'SECAS',
    };
    await ctx.db.actions.add({ ...raised, tally: noUpdates() });
    await expectDataError(giveUpdate(ctx, m30, [raised.id], 'x', { closes: false }), 'invalid');
    await expectDataError(giveUpdate(ctx, m29, [raised.id], 'x', { closes: false }), 'invalid');
    // At the next meeting it is outstanding, and its update is confidential like the action.
    const m31 = await createMeeting(ctx, bodyId, { ...meeting30, number: 31, date: '2016-04-14' });
    const [u] = await giveUpdate(ctx, m31, [raised.id], 'Looked into.', { closes: false });
    expect((await ctx.db.actionUpdates.get(u as Id))?.confidential).toBe(true);
  });

  it('refuses every write once that meeting’s minutes are approved', async () => {
    const { ctx, m29, m30, ids } = await panel();
    const [u29] = await giveUpdate(ctx, m29, [ids['SECP22/08'] as Id], 'Published.', {
      closes: true,
    });
    await approve(ctx, m29);
    const before = await snapshot(ctx.db);
    await expectDataError(
      giveUpdate(ctx, m29, [ids['SECP22/04'] as Id], 'Late.', { closes: false }),
      'locked',
    );
    await expectDataError(editUpdates(ctx, [u29 as Id], { text: 'Changed.' }), 'locked');
    await expectDataError(removeUpdates(ctx, [u29 as Id]), 'locked');
    expect(await snapshot(ctx.db)).toEqual(before);
    // Meeting 30 is still a draft: its updates are accepted.
    await expect(
      giveUpdate(ctx, m30, [ids['SECP22/04'] as Id], 'Fine.', { closes: false }),
    ).resolves.toHaveLength(1);
  });
});

describe('the tallies of updates', () => {
  it('are stored with the actions, and left out of what an archive holds of them', async () => {
    const { ctx, bodyId, m30, ids } = await panel();
    const shared = [ids['SECP20/04'], ids['SECP23/08']] as Id[];
    await giveUpdate(ctx, m30, shared, policy, { closes: true });
    expect((await ctx.db.actions.get(shared[0] ?? ''))?.tally).toEqual({
      updates: 1,
      closingMeetings: [m30],
    });
    const rows = await readBodyRows(ctx.db, bodyId);
    for (const a of rows.actions) expect(Object.keys(a)).not.toContain('tally');
    const text = serializeArchive(archiveFromRows([rows], ctx.now()));
    expect(text).not.toContain('tally');
    expect(parseArchive(text).ok).toBe(true);
  });
});

describe('correcting an earlier action', () => {
  it('changes its fields, tidied and checked like a new one', async () => {
    const { ctx, ids } = await panel();
    const id = ids['SECP22/04'] as Id;
    await editEarlierAction(ctx, id, {
      ...earlier('SECP22/4'),
      reference: '  SECP22/40 ',
      owner: 'DCC',
      text: 'Produce guidance on the CPL — Ŵyŷ',
      dueDate: '2016-04-30',
    });
    expect(await action(ctx, id)).toMatchObject({
      reference: 'SECP22/40',
      owner: 'DCC',
      text: 'Produce guidance on the CPL — Ŵyŷ',
      dueDate: '2016-04-30',
      meetingId: null,
    });
    const before = await snapshot(ctx.db);
    await expectDataError(editEarlierAction(ctx, id, earlier('SECP20/04')), 'conflict');
    await expectDataError(
      editEarlierAction(ctx, id, earlier('SECP22/40', { owner: ' ' })),
      'invalid',
    );
    await expectDataError(
      editEarlierAction(ctx, id, earlier('SECP22/40', { dueDate: '2015-01-01' })),
      'invalid',
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('keeps the reference approved minutes print, and leaves actions of meetings to their minutes', async () => {
    const { ctx, m29, m30, ids } = await panel();
    const id = ids['SECP22/08'] as Id;
    await giveUpdate(ctx, m29, [id], 'Published.', { closes: false });
    await approve(ctx, m29);
    await expectDataError(editEarlierAction(ctx, id, earlier('SECP22/09')), 'locked');
    // Its words may still be corrected: the approved minutes print only its reference.
    await editEarlierAction(ctx, id, earlier('SECP22/08', { owner: 'SECAS and DCC' }));
    expect((await action(ctx, id))?.owner).toBe('SECAS and DCC');

    const item = await addItem(ctx, m30, { title: 'Testing' });
    const raised = await raiseAction(ctx, item, { text: 'report back' });
    await expectDataError(
      editEarlierAction(ctx, raised.actionId, earlier('SECP30/09')),
      'invalid',
      /raised at meeting 30/,
    );
    await expectDataError(deleteEarlierAction(ctx, raised.actionId), 'invalid');
  });

  it('deletes one recorded by mistake, with Undo, but not one with updates', async () => {
    const { ctx, m30, ids } = await panel();
    const id = ids['SECP28/06'] as Id;
    const removed = await deleteEarlierAction(ctx, id);
    expect(await action(ctx, id)).toBeUndefined();
    await restoreEarlierAction(ctx, removed);
    expect(await action(ctx, id)).toEqual(removed);

    await giveUpdate(ctx, m30, [id], 'Covered in April.', { closes: false });
    const before = await snapshot(ctx.db);
    await expectDataError(deleteEarlierAction(ctx, id), 'conflict', /has updates/);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('gives Undo no reference that has been taken meanwhile', async () => {
    const { ctx, bodyId, ids } = await panel();
    const removed = await deleteEarlierAction(ctx, ids['SECP23/08'] as Id);
    await recordEarlierAction(ctx, bodyId, earlier('SECP23/08'));
    await expectDataError(restoreEarlierAction(ctx, removed), 'conflict');
  });
});

describe('the edit journal for a row of updates', () => {
  it('writes the new words to every update of the row, and replays them after a crash', async () => {
    const { ctx, bodyId, m30, ids } = await panel();
    const shared = [ids['SECP20/04'], ids['SECP23/08']] as Id[];
    const updateIds = await giveUpdate(ctx, m30, shared, policy, { closes: false });
    const first = updateIds[0] as Id;
    const storage = new MemoryStorage();
    ctx.advance();
    const write = {
      op: 'updateActionUpdates',
      id: first,
      ids: updateIds,
      patch: { text: 'Revised.' },
    } as const;
    await new WriteJournal(storage).write(ctx, write);
    expect(storage.length).toBe(0);
    let log = await actionsAndUpdates(ctx.db, bodyId);
    expect(updateRowsAt(m30, log.actions, log.updates).map((r) => [r.label, r.text])).toEqual([
      ['SECP20/04 & 23/08', 'Revised.'],
    ]);

    // An entry whose database write never landed (the page unloaded) is applied at the next start.
    ctx.advance();
    const pending = { ...write, patch: { text: 'Revised again.' } };
    storage.setItem(
      `minutebook.journal.updateActionUpdates:${first}:text`,
      JSON.stringify({ write: pending, at: ctx.advance() }),
    );
    expect(await new WriteJournal(storage).replay(ctx)).toEqual({ applied: 1, aside: 0 });
    log = await actionsAndUpdates(ctx.db, bodyId);
    expect(log.updates.map((u) => u.text)).toEqual(['Revised again.', 'Revised again.']);
  });
});

describe('updates given in a confidential Actions Outstanding item', () => {
  const flags = async (ctx: TestContext, meetingId: Id) =>
    (await ctx.db.actionUpdates.where('meetingId').equals(meetingId).toArray())
      .map((u) => u.confidential)
      .sort();

  it('are confidential: those given before it was marked, and those given after', async () => {
    const { ctx, m29, m30, ids } = await panel();
    const ao = await addActionsOutstandingItem(ctx, m30);
    await giveUpdate(ctx, m30, [ids['SECP20/04'] as Id], 'Covered in April.', { closes: false });
    // Another meeting's updates are not touched.
    await giveUpdate(ctx, m29, [ids['SECP23/08'] as Id], 'Published.', { closes: false });
    expect(await flags(ctx, m30)).toEqual([false]);

    await updateItem(ctx, ao, { classification: 'confidential' });
    expect(await flags(ctx, m30)).toEqual([true]);
    expect(await flags(ctx, m29)).toEqual([false]);

    await giveUpdate(ctx, m30, [ids['SECP28/06'] as Id], 'Done.', {
      closes: true,
      confidential: false,
    });
    expect(await flags(ctx, m30)).toEqual([true, true]);
  });

  it('stay confidential when unticked, until the item is public again', async () => {
    const { ctx, m30, ids } = await panel();
    const ao = await addActionsOutstandingItem(ctx, m30);
    await updateItem(ctx, ao, { classification: 'confidential' });
    const [given] = await giveUpdate(ctx, m30, [ids['SECP20/04'] as Id], 'Covered.', {
      closes: false,
    });
    await editUpdates(ctx, [given as Id], { confidential: false, text: 'Covered in April.' });
    expect(await ctx.db.actionUpdates.get(given as Id)).toMatchObject({
      confidential: true,
      text: 'Covered in April.',
    });

    await updateItem(ctx, ao, { classification: 'public' });
    await editUpdates(ctx, [given as Id], { confidential: false });
    expect((await ctx.db.actionUpdates.get(given as Id))?.confidential).toBe(false);
  });
});
