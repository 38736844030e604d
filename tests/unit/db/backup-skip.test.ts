import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBody, importArchive, updateBody } from '../../../src-renderer/db';
import { inlineBackupMaker, type BackupMaker } from '../../../src-renderer/db/backup-maker';
import { BackupKeeper, recheckAfterMs } from '../../../src-renderer/features/backups/backup-keeper';
import type { BackupShelf } from '../../../src-renderer/platform';
import { referenceArchive } from '../reference-archive';
import { fakeContext, testShelf, useTestDatabases, type TestContext } from './support';

/*
 * The schedule's backups (`ifChanged`) skip reading the data when no write was seen since it
 * matched the newest backup; everything else still reads and compares it.
 */

const open = useTestDatabases();

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * A keeper on a fresh database holding the reference archive, counting its reads of the data;
 * `wrap` makes the shelf it sees from the test shelf.
 */
async function counted(wrap: (shelf: BackupShelf, ctx: TestContext) => BackupShelf = (s) => s) {
  const ctx = fakeContext(open());
  await importArchive(ctx, referenceArchive());
  const inline = inlineBackupMaker(ctx.db);
  const reads = { count: 0 };
  const maker: BackupMaker = {
    make: (request) => {
      reads.count += 1;
      return inline.make(request);
    },
    hash: (text) => inline.hash(text),
  };
  const shelf = wrap(testShelf().shelf, ctx);
  return { ctx, reads, keeper: new BackupKeeper(ctx.db, shelf, ctx.now, maker) };
}

const scheduled = { ifChanged: true } as const;

async function renameBody(ctx: TestContext, name: string): Promise<void> {
  const [body] = await ctx.db.bodies.toArray();
  if (body === undefined) throw new Error('the archive has a body');
  await updateBody(ctx, body.id, { name });
}

describe('scheduled backups when nothing was written', () => {
  it('do not read the data again until something is written', async () => {
    const { ctx, reads, keeper } = await counted();
    expect((await keeper.backUp(scheduled)).kind).toBe('written');
    expect(reads.count).toBe(1);
    const skipped = await keeper.backUp(scheduled);
    expect(skipped.kind).toBe('unchanged');
    expect(reads.count).toBe(1);

    await renameBody(ctx, 'Renamed Panel');
    const after = await keeper.backUp(scheduled);
    expect(after.kind).toBe('written');
    expect(reads.count).toBe(2);
    // The new backup holds the write.
    if (after.kind !== 'written') throw new Error('written');
    expect(skipped.kind === 'unchanged' && skipped.backup.name).not.toBe(after.backup.name);
  });

  it('read the data after a write that changed nothing, and find it unchanged', async () => {
    const { ctx, reads, keeper } = await counted();
    await keeper.backUp(scheduled);
    await createBody(ctx, {
      name: 'Audit Committee',
      minutesName: 'The Committee',
      actionPrefix: 'AC',
      secretariat: 'Clerk',
    });
    expect((await keeper.backUp(scheduled)).kind).toBe('written');
    await ctx.db.bodies.where('name').equals('Audit Committee').delete();
    // Deleted again: the data is what the first backup holds, but a write was seen.
    expect((await keeper.backUp(scheduled)).kind).toBe('written');
    expect(reads.count).toBe(3);
    expect((await keeper.backUp(scheduled)).kind).toBe('unchanged');
    expect(reads.count).toBe(3);
  });

  it('counts a write made while a backup reads: the next one reads again', async () => {
    let during: Promise<void> | null = null;
    const { reads, keeper } = await counted((shelf, ctx) => ({
      ...shelf,
      listBackups: async () => {
        const list = await shelf.listBackups();
        // A write lands after the keeper counted the writes, before it reads the data.
        during ??= renameBody(ctx, 'Written meanwhile');
        await during;
        return list;
      },
    }));
    expect((await keeper.backUp(scheduled)).kind).toBe('written');
    // The backup holds the write, but the keeper cannot know: it reads once more.
    expect((await keeper.backUp(scheduled)).kind).toBe('unchanged');
    expect(reads.count).toBe(2);
    expect((await keeper.backUp(scheduled)).kind).toBe('unchanged');
    expect(reads.count).toBe(2);
  });

  it('read the data when the backup it matched is no longer the newest', async () => {
    let hideNewest = false;
    const { ctx, reads, keeper } = await counted((shelf) => ({
      ...shelf,
      // The newest backup's file deleted from the backups folder.
      listBackups: async () => (await shelf.listBackups()).slice(hideNewest ? 1 : 0),
    }));
    await keeper.backUp(scheduled);
    await renameBody(ctx, 'Renamed Panel');
    expect((await keeper.backUp(scheduled)).kind).toBe('written');
    expect((await keeper.backUp(scheduled)).kind).toBe('unchanged');
    expect(reads.count).toBe(2);
    hideNewest = true;
    // The newest left is the first backup, of the name before the rename.
    expect((await keeper.backUp(scheduled)).kind).toBe('written');
    expect(reads.count).toBe(3);
  });

  it('still read the data once the last comparison is an hour old', async () => {
    const { reads, keeper } = await counted();
    let now = 1_000;
    vi.spyOn(globalThis.performance, 'now').mockImplementation(() => now);
    await keeper.backUp(scheduled);
    now += recheckAfterMs - 1;
    expect((await keeper.backUp(scheduled)).kind).toBe('unchanged');
    expect(reads.count).toBe(1);
    now += 2;
    expect((await keeper.backUp(scheduled)).kind).toBe('unchanged');
    expect(reads.count).toBe(2);
  });

  it('"Back up now" and a restore’s backup always read the data', async () => {
    const { reads, keeper } = await counted();
    await keeper.backUp(scheduled);
    expect((await keeper.backUp()).kind).toBe('unchanged');
    expect((await keeper.backUp({ fresh: true })).kind).toBe('unchanged');
    expect(reads.count).toBe(3);
  });
});
