import { describe, expect, it } from 'vitest';
import {
  addBlock,
  addDecision,
  addItem,
  addMember,
  addMemberAttendance,
  applyWrite,
  fieldWriteOps,
  WriteJournal,
  type DataContext,
  type FieldWrite,
} from '../../../src-renderer/db';
import {
  approve,
  expectDataError,
  start,
  fakeContext,
  MemoryStorage,
  seedMeeting,
  snapshot,
  useTestDatabases,
} from './support';
import { getBlock } from '../../../src-renderer/db/block-store';

const open = useTestDatabases();

/** The journal's key for an item's title. */
const entryKey = (itemId: string) => `minutebook.journal.updateItem:${itemId}:title`;

async function setUp() {
  const ctx = fakeContext(open());
  const { meetingId } = await seedMeeting(ctx);
  const itemId = await addItem(ctx, meetingId, { title: 'Minutes' });
  ctx.advance();
  return { ctx, meetingId, itemId };
}

/** A new title for an item; with `was`, only over that stored title. */
const retitle = (id: string, title: string, was?: string): FieldWrite => ({
  op: 'updateItem',
  id,
  patch: { title },
  ...(was === undefined ? {} : { expected: { title: was } }),
});

describe('WriteJournal', () => {
  it('writes the edit and leaves no entry once the database has it', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    await new WriteJournal(storage).write(ctx, retitle(itemId, 'Minutes of the last meeting'));
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Minutes of the last meeting');
    expect(storage.length).toBe(0);
  });

  it('records the edit synchronously, before the database write has happened', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    const pending = new WriteJournal(storage).write(ctx, retitle(itemId, 'Typed before unload'));
    // The page could unload here: the edit is already in Web Storage.
    expect([...storage.map.values()].join()).toContain('Typed before unload');
    await pending;
  });

  it('puts back an edit whose database write never landed (the page unloaded mid-write)', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    const write = retitle(itemId, 'Recovered title', 'Minutes');
    storage.setItem(
      entryKey(itemId),
      JSON.stringify({ write, at: ctx.advance(), since: { title: 'Minutes' } }),
    );
    ctx.advance();
    expect(await new WriteJournal(storage).replay(ctx)).toEqual({ applied: 1, aside: 0 });
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Recovered title');
    expect(storage.length).toBe(0);
  });

  it('puts an edit back by field: a later change of another field of the record does not stop it', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    const write = retitle(itemId, 'Minutes, recovered', 'Minutes');
    storage.setItem(
      entryKey(itemId),
      JSON.stringify({ write, at: ctx.now(), since: { title: 'Minutes' } }),
    );
    ctx.advance();
    await applyWrite(ctx, { op: 'updateItem', id: itemId, patch: { presenter: 'Chair' } });
    expect(await new WriteJournal(storage).replay(ctx)).toEqual({ applied: 1, aside: 0 });
    expect(await ctx.db.agendaItems.get(itemId)).toMatchObject({
      title: 'Minutes, recovered',
      presenter: 'Chair',
    });
  });

  it('merges an edit with a later change of other words of the same field', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    const write = retitle(itemId, 'Draft Minutes', 'Minutes');
    storage.setItem(
      entryKey(itemId),
      JSON.stringify({ write, at: ctx.now(), since: { title: 'Minutes' } }),
    );
    ctx.advance();
    await applyWrite(ctx, retitle(itemId, 'Minutes of 2016'));
    expect(await new WriteJournal(storage).replay(ctx)).toEqual({ applied: 1, aside: 0 });
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Draft Minutes of 2016');
  });

  it('keeps aside, and reports, an edit whose words were changed since, leaving the store alone', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    const write = retitle(itemId, 'Minutes A', 'Minutes');
    storage.setItem(
      entryKey(itemId),
      JSON.stringify({ write, at: ctx.now(), since: { title: 'Minutes' } }),
    );
    ctx.advance();
    await applyWrite(ctx, retitle(itemId, 'Minutes B'));
    const journal = new WriteJournal(storage);
    expect(await journal.replay(ctx)).toEqual({ applied: 0, aside: 1 });
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Minutes B');
    const [kept] = journal.aside();
    expect(kept?.write).toMatchObject({ patch: { title: 'Minutes A' } });
    expect(kept?.reason).toMatch(/same words were changed/);
    // Kept until the user discards it; a second start does not report it again.
    expect(await journal.replay(ctx)).toEqual({ applied: 0, aside: 0 });
    journal.discard(kept?.key ?? '');
    expect(journal.aside()).toEqual([]);
  });

  it('without the value it replaced, a later change of the record wins and the edit is kept aside', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    storage.setItem(
      entryKey(itemId),
      JSON.stringify({ write: retitle(itemId, 'Stale'), at: ctx.now() }),
    );
    ctx.advance();
    await applyWrite(ctx, retitle(itemId, 'Newer'));
    const journal = new WriteJournal(storage);
    expect(await journal.replay(ctx)).toEqual({ applied: 0, aside: 1 });
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Newer');
    expect(journal.aside()[0]?.write).toMatchObject({ patch: { title: 'Stale' } });
  });

  it('an edit the data layer refuses (minutes approved since) is kept aside with the reason', async () => {
    const { ctx, meetingId, itemId } = await setUp();
    const storage = new MemoryStorage();
    const at = ctx.now();
    storage.setItem(entryKey(itemId), JSON.stringify({ write: retitle(itemId, 'X'), at }));
    ctx.advance();
    await approve(ctx, meetingId);
    // approve() touched the meeting, not the item, so the entry is still newer than the item.
    await ctx.db.agendaItems.update(itemId, { updatedAt: '2000-01-01T00:00:00.000Z' });
    const journal = new WriteJournal(storage);
    expect(await journal.replay(ctx)).toEqual({ applied: 0, aside: 1 });
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Minutes');
    expect(journal.aside()[0]?.reason).toMatch(/approved and locked/);
  });

  it('forgets every entry of its own when cleared (after a restore), and nothing else', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    const entry = JSON.stringify({ write: retitle(itemId, 'Before the restore'), at: ctx.now() });
    storage.setItem(entryKey(itemId), entry);
    storage.setItem('minutebook.journal-aside.x@1', JSON.stringify({ raw: '{', reason: 'r' }));
    storage.setItem('minutebook.settings', '{}');
    const journal = new WriteJournal(storage);
    journal.clear();
    expect([...storage.map.keys()]).toEqual(['minutebook.settings']);
    ctx.advance();
    expect(await journal.replay(ctx)).toEqual({ applied: 0, aside: 0 });
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Minutes');
  });

  it('keeps aside, unread, entries it cannot read or whose kind it does not know', async () => {
    const { ctx } = await setUp();
    const storage = new MemoryStorage();
    storage.setItem('minutebook.journal.bad-json', '{');
    const unknownKind = JSON.stringify({ write: { op: 'drop', id: 'x', patch: {} }, at: 'x' });
    storage.setItem('minutebook.journal.bad-op', unknownKind);
    storage.setItem('other.key', 'kept');
    const journal = new WriteJournal(storage);
    expect(await journal.replay(ctx)).toEqual({ applied: 0, aside: 2 });
    expect(storage.getItem('other.key')).toBe('kept');
    expect(journal.aside().map((a) => [a.raw, a.write])).toEqual(
      expect.arrayContaining([
        ['{', null],
        [unknownKind, null],
      ]),
    );
  });

  it('reads an entry of every kind of field write it makes', () => {
    const storage = new MemoryStorage();
    const journal = new WriteJournal(storage);
    for (const op of fieldWriteOps) {
      const write = { op, id: 'r1', decisionId: 'd1', ids: ['r1'], patch: { text: 'x' } };
      storage.setItem(`minutebook.journal.${op}`, JSON.stringify({ write, at: start }));
    }
    expect(
      journal
        .pending()
        .map((e) => e.write.op)
        .sort(),
    ).toEqual([...fieldWriteOps].sort());
  });

  it('still writes to the database when Web Storage is full', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    storage.full = true;
    await new WriteJournal(storage).write(ctx, retitle(itemId, 'Saved anyway'));
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Saved anyway');
  });

  it('passes a refusal on to the caller, who shows it, and keeps nothing to put back', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    const journal = new WriteJournal(storage);
    await expect(journal.write(ctx, retitle(itemId, '   '))).rejects.toThrow(/required/);
    expect(storage.length).toBe(0);
    expect(await journal.replay(ctx)).toEqual({ applied: 0, aside: 0 });
  });

  it('puts the latest edit back over an earlier one of its own that landed before the page went', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    const journal = new WriteJournal(storage);
    // Three edits in flight at once; the first lands, the page goes before the others do.
    const landing = journal.write(ctx, retitle(itemId, 'Minutes and Act', 'Minutes'));
    const entries: string[] = [];
    for (const [title, was] of [
      ['Minutes and Actions', 'Minutes and Act'],
      ['Minutes and Actions Outstanding', 'Minutes and Actions'],
    ] as const) {
      void journal.write(ctx, retitle(itemId, title, was)).catch(() => undefined);
      entries.push(storage.getItem(entryKey(itemId)) ?? '');
    }
    await landing;
    await ctx.db.agendaItems.update(itemId, { title: 'Minutes and Act' }); // as the page left it
    const next = new MemoryStorage();
    next.setItem(entryKey(itemId), entries.at(-1) ?? '');
    expect(await new WriteJournal(next).replay(ctx)).toEqual({ applied: 1, aside: 0 });
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Minutes and Actions Outstanding');
  });

  it('a second edit of a field before the first has landed keeps what the first replaced', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    const journal = new WriteJournal(storage);
    const first = journal.write(ctx, retitle(itemId, 'Minutes A', 'Minutes'));
    const second = journal.write(ctx, retitle(itemId, 'Minutes AB', 'Minutes A'));
    // Both recorded before either landed: one entry, the latest text, the first one's base.
    expect(JSON.parse(storage.getItem(entryKey(itemId)) ?? '{}')).toMatchObject({
      write: { patch: { title: 'Minutes AB' } },
      since: { title: 'Minutes' },
    });
    await Promise.all([first, second]);
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Minutes AB');
    expect(storage.length).toBe(0);
  });
});

describe('a field write with the value it expects', () => {
  it('lands while the field holds the expected value', async () => {
    const { ctx, itemId } = await setUp();
    await applyWrite(ctx, retitle(itemId, 'Minutes, 2016', 'Minutes'));
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Minutes, 2016');
  });

  it('is refused as stale, changing nothing, once another window has changed the field', async () => {
    const { ctx, itemId } = await setUp();
    await applyWrite(ctx, retitle(itemId, 'Minutes, changed elsewhere'));
    const before = await snapshot(ctx.db);
    const journal = new WriteJournal(new MemoryStorage());
    await expectDataError(
      journal.write(ctx, retitle(itemId, 'Minutes, mine', 'Minutes')),
      'stale',
      /another window/,
    );
    expect(await snapshot(ctx.db)).toEqual(before);
    // The field merges and writes again; the refused write is not replayed at the next start.
    expect(await journal.replay(ctx)).toEqual({ applied: 0, aside: 0 });
  });

  it('compares one decision of a decisions block, not its neighbours', async () => {
    const { ctx, itemId } = await setUp();
    const blockId = await addBlock(ctx, itemId, 'decisions');
    const first = await decisionIds(ctx, blockId);
    const secondId = await addDecision(ctx, blockId);
    const decision = (id: string, text: string, was: string): FieldWrite => ({
      op: 'updateDecision',
      id: blockId,
      decisionId: id,
      patch: { text },
      expected: { text: was },
    });
    await applyWrite(ctx, decision(first[0] ?? '', 'the first', ''));
    // The second decision still holds what its writer saw, whatever the first now says.
    await applyWrite(ctx, decision(secondId, 'the second', ''));
    await expectDataError(applyWrite(ctx, decision(secondId, 'stale', '')), 'stale');
    const texts = (await decisionTexts(ctx, blockId)).join(' | ');
    expect(texts).toBe('the first | the second');
  });
});

async function decisionTexts(ctx: DataContext, blockId: string): Promise<string[]> {
  const block = await getBlock(ctx.db, blockId);
  return block?.kind === 'decisions' ? block.decisions.map((d) => d.text) : [];
}

async function decisionIds(ctx: DataContext, blockId: string): Promise<string[]> {
  const block = await getBlock(ctx.db, blockId);
  return block?.kind === 'decisions' ? block.decisions.map((d) => d.id) : [];
}

describe('WriteJournal, people', () => {
  it('replays a member name and an attendance note that never reached the database', async () => {
    const { ctx, meetingId } = await setUp();
    const body = await ctx.db.bodies.toCollection().first();
    const memberId = await addMember(ctx, body?.id ?? '', { name: 'Alice', organisation: 'Chair' });
    const rowId = await addMemberAttendance(ctx, meetingId, memberId, {
      role: 'present',
      note: '',
    });
    const storage = new MemoryStorage();
    const at = ctx.advance();
    const entries: FieldWrite[] = [
      { op: 'updateMember', id: memberId, patch: { name: 'Alice Jones' } },
      { op: 'updateAttendance', id: rowId, patch: { note: 'by teleconference' } },
    ];
    for (const [i, write] of entries.entries())
      storage.setItem(`minutebook.journal.${String(i)}`, JSON.stringify({ write, at }));
    ctx.advance();
    expect(await new WriteJournal(storage).replay(ctx)).toEqual({ applied: 2, aside: 0 });
    expect((await ctx.db.members.get(memberId))?.name).toBe('Alice Jones');
    expect((await ctx.db.attendance.get(rowId))?.note).toBe('by teleconference');
  });
});
