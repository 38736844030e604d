import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import {
  DatabaseOpenError,
  installedVersion,
  openDatabase,
  userMessage,
  WriteJournal,
} from '../../../src-renderer/db';
import { fakeContext, MemoryStorage, seedMeeting, useTestDatabases } from './support';

const open = useTestDatabases();

/** A database as a later version of the app would leave it: version 11, one body in it. */
async function fromANewerVersion(name: string): Promise<void> {
  const later = new Dexie(name);
  later.version(11).stores({ bodies: 'id, name', futureTable: 'id' });
  await later.open();
  await later.table('bodies').add({ id: 'b1', name: 'SEC Panel' });
  later.close();
}

describe('opening the database', () => {
  it('creates it on a first start, at the version this app writes', async () => {
    const db = open();
    expect(await installedVersion(db.name)).toBeNull();
    await openDatabase(db);
    expect(await installedVersion(db.name)).toBe(db.verno);
  });

  it('refuses a database written by a newer version, before opening it, and leaves it as it was', async () => {
    const db = open();
    await fromANewerVersion(db.name);
    const error = await openDatabase(db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toContain(
      `written by a newer version of Minutebook (data version 11; this version reads up to ${String(db.verno)}). Nothing has been changed`,
    );
    expect(db.verno).toBe(10);
    expect(db.isOpen()).toBe(false);
    const later = new Dexie(db.name);
    await later.open(); // as stored, whatever its version
    expect(later.verno).toBe(11);
    expect(later.tables.map((t) => t.name).sort()).toEqual(['bodies', 'futureTable']);
    expect(await later.table('bodies').toArray()).toEqual([{ id: 'b1', name: 'SEC Panel' }]);
    later.close();
  });

  it('says it is waiting while an older copy in another window holds the database', async () => {
    const name = crypto.randomUUID();
    const older = new Dexie(name);
    older.version(1).stores({ bodies: 'id, name' });
    await older.open();
    // The older copy does not let go when asked (as a copy of the app hung elsewhere would).
    older.on('versionchange', () => false);
    const db = open(name);
    let told = false;
    const opening = openDatabase(db, {
      onBlocked: () => {
        told = true;
        older.close(); // the user closes it
      },
    });
    await opening;
    expect(told).toBe(true);
    expect(db.isOpen()).toBe(true);
  });
});

describe('a write that the storage itself refuses', () => {
  it('keeps the edit in the journal, for the next start, and says so in words', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    const storage = new MemoryStorage();
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const update = vi.spyOn(ctx.db.meetings, 'update').mockRejectedValue(full);
    const journal = new WriteJournal(storage);
    const error = await journal
      .write(ctx, { op: 'updateMeeting', id: meetingId, patch: { venue: 'Room 2' } })
      .catch((e: unknown) => e);
    update.mockRestore();
    expect(userMessage(error)).toMatch(/no room left to save.*What you typed is kept/);
    expect(journal.pending().map((e) => e.write.patch)).toEqual([{ venue: 'Room 2' }]);
    // Once there is room, the next start puts it back.
    expect(await journal.replay(ctx)).toEqual({ applied: 1, aside: 0 });
    expect((await ctx.db.meetings.get(meetingId))?.venue).toBe('Room 2');
  });
});
