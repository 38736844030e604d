import { describe, expect, it } from 'vitest';
import {
  addBlock,
  addDecision,
  addItem,
  addMember,
  addMemberAttendance,
  applyWrite,
  WriteJournal,
  type DataContext,
  type FieldWrite,
  type JournalStorage,
} from '../../../src-renderer/db';
import {
  approve,
  expectDataError,
  fakeContext,
  seedMeeting,
  snapshot,
  useTestDatabases,
} from './support';

const open = useTestDatabases();

/** Web Storage in memory, with the same API as localStorage. */
class MemoryStorage implements JournalStorage {
  readonly map = new Map<string, string>();
  full = false;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

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

  it('replays an edit whose database write never landed (the page unloaded mid-write)', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    const write = retitle(itemId, 'Recovered title');
    storage.setItem(
      `minutebook.journal.updateItem:${itemId}:title`,
      JSON.stringify({ write, at: ctx.advance() }),
    );
    ctx.advance();
    expect(await new WriteJournal(storage).replay(ctx)).toBe(1);
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Recovered title');
    expect(storage.length).toBe(0);
  });

  it('does not replay over a later edit of the same record', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    const stale = { write: retitle(itemId, 'Stale'), at: ctx.now() };
    storage.setItem('minutebook.journal.updateItem:x:title', JSON.stringify(stale));
    ctx.advance();
    await applyWrite(ctx, retitle(itemId, 'Newer'));
    expect(await new WriteJournal(storage).replay(ctx)).toBe(0);
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Newer');
    expect(storage.length).toBe(0);
  });

  it('drops an entry the data layer refuses (minutes approved since) and keeps going', async () => {
    const { ctx, meetingId, itemId } = await setUp();
    const storage = new MemoryStorage();
    const at = ctx.now();
    storage.setItem('minutebook.journal.a', JSON.stringify({ write: retitle(itemId, 'X'), at }));
    ctx.advance();
    await approve(ctx, meetingId);
    // approve() touched the meeting, not the item, so the entry is still newer than the item.
    await ctx.db.agendaItems.update(itemId, { updatedAt: '2000-01-01T00:00:00.000Z' });
    expect(await new WriteJournal(storage).replay(ctx)).toBe(0);
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Minutes');
    expect(storage.length).toBe(0);
  });

  it('forgets every entry of its own when cleared (after a restore), and nothing else', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    const entry = JSON.stringify({ write: retitle(itemId, 'Before the restore'), at: ctx.now() });
    storage.setItem(`minutebook.journal.updateItem:${itemId}:title`, entry);
    storage.setItem('minutebook.settings', '{}');
    const journal = new WriteJournal(storage);
    journal.clear();
    expect([...storage.map.keys()]).toEqual(['minutebook.settings']);
    ctx.advance();
    expect(await journal.replay(ctx)).toBe(0);
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Minutes');
  });

  it('throws away malformed entries and ignores keys that are not its own', async () => {
    const { ctx } = await setUp();
    const storage = new MemoryStorage();
    storage.setItem('minutebook.journal.bad-json', '{');
    storage.setItem(
      'minutebook.journal.bad-op',
      JSON.stringify({ write: { op: 'drop' }, at: 'x' }),
    );
    storage.setItem('other.key', 'kept');
    expect(await new WriteJournal(storage).replay(ctx)).toBe(0);
    expect([...storage.map.keys()]).toEqual(['other.key']);
  });

  it('still writes to the database when Web Storage is full', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    storage.full = true;
    await new WriteJournal(storage).write(ctx, retitle(itemId, 'Saved anyway'));
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Saved anyway');
  });

  it('passes a refusal on to the caller and keeps the entry out of the next replay', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    const journal = new WriteJournal(storage);
    await expect(journal.write(ctx, retitle(itemId, '   '))).rejects.toThrow(/required/);
    // The refused entry stays until the next start, where replay refuses it again and drops it.
    expect(await journal.replay(ctx)).toBe(0);
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
    expect(await journal.replay(ctx)).toBe(0);
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

  it('replays by time, not by the expected value, so two unlanded writes of a field both count', async () => {
    const { ctx, itemId } = await setUp();
    const storage = new MemoryStorage();
    const write = (title: string, was: string) =>
      storage.setItem(
        `minutebook.journal.updateItem:${itemId}:title`,
        JSON.stringify({
          write: retitle(itemId, title, was),
          at: ctx.now(),
        }),
      );
    write('Minutes A', 'Minutes');
    write('Minutes AB', 'Minutes A'); // the later write of the field, expecting the first
    expect(await new WriteJournal(storage).replay(ctx)).toBe(1);
    expect((await ctx.db.agendaItems.get(itemId))?.title).toBe('Minutes AB');
  });
});

async function decisionTexts(ctx: DataContext, blockId: string): Promise<string[]> {
  const block = await ctx.db.minuteBlocks.get(blockId);
  return block?.kind === 'decisions' ? block.decisions.map((d) => d.text) : [];
}

async function decisionIds(ctx: DataContext, blockId: string): Promise<string[]> {
  const block = await ctx.db.minuteBlocks.get(blockId);
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
    expect(await new WriteJournal(storage).replay(ctx)).toBe(2);
    expect((await ctx.db.members.get(memberId))?.name).toBe('Alice Jones');
    expect((await ctx.db.attendance.get(rowId))?.note).toBe('by teleconference');
  });
});
