import { describe, expect, it } from 'vitest';
import {
  addInterest,
  addItem,
  addMember,
  applyWrite,
  fieldWriteOps,
  updateInterest,
  WriteJournal,
  type FieldWrite,
  type InterestPatch,
} from '../../../src-renderer/db';
import {
  expectDataError,
  fakeContext,
  MemoryStorage,
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
  const id = await addInterest(ctx, meetingId, { memberId: helen, itemId, interest: 'Director' });
  ctx.advance();
  return { ctx, id };
}

/** An edit of a declaration; with `expected`, only over those stored values. */
const edit = (id: string, patch: InterestPatch, expected?: InterestPatch): FieldWrite => ({
  op: 'updateInterest',
  id,
  patch,
  ...(expected === undefined ? {} : { expected }),
});

describe('a declaration of interest, written as a field write', () => {
  it('is a kind of field write the journal accepts', () => {
    expect(fieldWriteOps).toContain('updateInterest');
  });

  it('lands while the field holds what the writer saw, with the repository’s checks', async () => {
    const { ctx, id } = await setUp();
    await applyWrite(
      ctx,
      edit(id, { interest: 'Non-executive director' }, { interest: 'Director' }),
    );
    await applyWrite(ctx, edit(id, { withdrew: true }, { withdrew: false }));
    expect(await ctx.db.interests.get(id)).toMatchObject({
      interest: 'Non-executive director',
      withdrew: true,
      updatedAt: '2016-03-10T10:01:00.000Z',
    });
    await expectDataError(applyWrite(ctx, edit(id, { interest: ' ' }, { interest: 'x' })), 'stale');
    await expectDataError(
      applyWrite(ctx, edit(id, { interest: ' ' }, { interest: 'Non-executive director' })),
      'invalid',
    );
  });

  it('is refused as stale, changing nothing, once another window has changed the field', async () => {
    const { ctx, id } = await setUp();
    await updateInterest(ctx, id, { interest: 'Director, changed elsewhere', confidential: true });
    const before = await snapshot(ctx.db);
    const journal = new WriteJournal(new MemoryStorage());
    await expectDataError(
      journal.write(ctx, edit(id, { interest: 'Director, mine' }, { interest: 'Director' })),
      'stale',
      /another window/,
    );
    await expectDataError(
      journal.write(ctx, edit(id, { confidential: false }, { confidential: false })),
      'stale',
    );
    expect(await snapshot(ctx.db)).toEqual(before);
    // The refused writes are not put back at the next start.
    expect(await journal.replay(ctx)).toEqual({ applied: 0, aside: 0 });
  });

  it('is journalled before the database, and put back after a crash', async () => {
    const { ctx, id } = await setUp();
    const storage = new MemoryStorage();
    const write = edit(id, { interest: 'Director of Acme Ltd' }, { interest: 'Director' });
    const pending = new WriteJournal(storage).write(ctx, write);
    // The page could unload here: the edit is already in Web Storage.
    const entries = [...storage.map.entries()];
    expect(entries.map(([, text]) => text).join()).toContain('Director of Acme Ltd');
    await pending;
    expect(storage.length).toBe(0);

    // A crash: the entry stayed, the database never had the edit.
    await ctx.db.interests.update(id, { interest: 'Director' });
    const after = new MemoryStorage();
    for (const [key, text] of entries) after.setItem(key, text);
    ctx.advance();
    expect(await new WriteJournal(after).replay(ctx)).toEqual({ applied: 1, aside: 0 });
    expect((await ctx.db.interests.get(id))?.interest).toBe('Director of Acme Ltd');
    expect(after.length).toBe(0);
  });

  it('merges a journalled edit with a change of other words made since in another window', async () => {
    const { ctx, id } = await setUp();
    const storage = new MemoryStorage();
    const write = edit(id, { interest: 'Director of Acme' }, { interest: 'Director' });
    storage.setItem(
      `minutebook.journal.updateInterest:${id}:interest`,
      JSON.stringify({ write, at: ctx.now(), since: { interest: 'Director' } }),
    );
    ctx.advance();
    await updateInterest(ctx, id, { interest: 'Former Director' });
    expect(await new WriteJournal(storage).replay(ctx)).toEqual({ applied: 1, aside: 0 });
    expect((await ctx.db.interests.get(id))?.interest).toBe('Former Director of Acme');
  });
});
