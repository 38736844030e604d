import { describe, expect, it } from 'vitest';
import {
  createBody,
  createBrowserBackupShelf,
  importArchive,
  readAllBodyRows,
  type MinutebookDb,
} from '../../../src-renderer/db';
import { answerBackupRequest } from '../../../src-renderer/db/backup-answer';
import {
  contentHashOfText,
  makeBackup,
  type MakeRequest,
} from '../../../src-renderer/db/backup-make';
import {
  archiveFromRows,
  serializeArchive,
  type Amendment,
  type MinuteBlock,
} from '../../../src-renderer/domain';
import { archiveLimits } from '../../../src-renderer/domain/archive-limits';
import { BackupKeeper } from '../../../src-renderer/features/backups/backup-keeper';
import { restoreBackup } from '../../../src-renderer/features/backups/restore';
import { referenceArchive } from '../reference-archive';
import { fakeContext, useTestDatabases } from './support';
import { allBlocks, putBlocks } from '../../../src-renderer/db/block-store';

const open = useTestDatabases();

// Whole archives are written, hashed and read back: seconds on a busy machine.
const slow = { timeout: 60_000 };

const request = (db: MinutebookDb, exportedAt: string, knownHash: string | null): MakeRequest => ({
  dbName: db.name,
  exportedAt,
  knownHash,
  shelf: null,
});

/** The text an export of everything in `db` writes (what backups wrote before the worker). */
async function exported(db: MinutebookDb, exportedAt: string): Promise<string> {
  return serializeArchive(archiveFromRows(await readAllBodyRows(db), exportedAt));
}

async function made(db: MinutebookDb, exportedAt: string, knownHash: string | null = null) {
  const result = await makeBackup(db, request(db, exportedAt, knownHash));
  if (result.kind !== 'made') throw new Error(`expected a backup, got ${result.kind}`);
  return result;
}

describe('making a backup', () => {
  it(
    'writes the same archive text as an export of the same data, sized in UTF-8 bytes',
    slow,
    async () => {
      const ctx = fakeContext(open());
      await importArchive(ctx, referenceArchive());
      // A second body sorts before the first: bodies are written by name.
      await createBody(ctx, {
        name: 'Audit Committee',
        minutesName: 'The Committee',
        actionPrefix: 'AC',
        secretariat: 'Clerk ŵ',
      });
      const at = '2026-11-30T02:00:00.000Z';
      const backup = await made(ctx.db, at);
      const text = await exported(ctx.db, at);
      expect(backup.text).toBe(text);
      expect(backup.bytes).toBe(new TextEncoder().encode(text).length);
      expect(backup.bytes).toBeGreaterThan(text.length); // the fixture has “ ” — and ŵ
      expect(backup.hash).toBe(await contentHashOfText(text));
      expect(JSON.parse(backup.text)).toMatchObject({ exportedAt: at });
    },
  );

  it(
    'finds nothing changed by the hash, whenever it runs; finds an edit and a deletion',
    slow,
    async () => {
      const ctx = fakeContext(open());
      await importArchive(ctx, referenceArchive());
      const first = await made(ctx.db, '2026-11-30T02:00:00.000Z');
      const later = await makeBackup(
        ctx.db,
        request(ctx.db, '2026-11-30T03:00:00.000Z', first.hash),
      );
      expect(later).toEqual({ kind: 'unchanged' });

      const block = (await allBlocks(ctx.db)).find((b) => b.kind === 'paragraph');
      if (block?.kind !== 'paragraph') throw new Error('the fixture has paragraphs');
      const changed: MinuteBlock = { ...block, text: `${block.text} One more word.` };
      await putBlocks(ctx.db, [changed]);
      const edited = await made(ctx.db, '2026-11-30T03:00:00.000Z', first.hash);
      expect(edited.hash).not.toBe(first.hash);

      const row = await ctx.db.attendance.toCollection().first();
      await ctx.db.attendance.delete(row?.id ?? '');
      const deleted = await made(ctx.db, '2026-11-30T03:00:00.000Z', edited.hash);
      expect(deleted.hash).not.toBe(edited.hash);
    },
  );

  it('has nothing to make of an empty database', slow, async () => {
    const ctx = fakeContext(open());
    expect(await makeBackup(ctx.db, request(ctx.db, ctx.now(), null))).toEqual({ kind: 'empty' });
  });

  it(
    'answers the worker’s request by opening the database by name and writing the shelf',
    slow,
    async () => {
      const ctx = fakeContext(open());
      await importArchive(ctx, referenceArchive());
      const shelfName = `backups-${crypto.randomUUID()}`;
      const answer = await answerBackupRequest({
        kind: 'make',
        request: {
          ...request(ctx.db, '2026-11-30T02:00:00.000Z', null),
          shelf: { name: shelfName, keep: 30, at: '2026-11-30T02:00:01.000Z' },
        },
      });
      if (answer.kind !== 'made' || answer.result.kind !== 'written')
        throw new Error('not written');
      const shelf = createBrowserBackupShelf(shelfName);
      const [listed] = await shelf.listBackups();
      const text = await exported(ctx.db, '2026-11-30T02:00:00.000Z');
      expect(listed).toEqual({
        name: 'minutebook-backup-20261130-020001-000.json',
        savedAt: '2026-11-30T02:00:01.000Z',
        bytes: new TextEncoder().encode(text).length,
        contentHash: answer.result.hash,
      });
      expect(await shelf.readBackup(listed?.name ?? '')).toEqual({ ok: true, text });
      expect(await answerBackupRequest({ kind: 'hash', text })).toEqual({
        kind: 'hashed',
        hash: answer.result.hash,
      });
    },
  );
});

/** `count` amendments of the first meeting, straight into the table. */
function amendments(meetingId: string, count: number, at: string): Amendment[] {
  return Array.from({ length: count }, (_, n) => ({
    id: `amendment-${String(n).padStart(6, '0')}`,
    meetingId,
    date: '2016-04-14',
    reason: 'A correction.',
    text: `Amendment ${String(n + 1)}.`,
    itemId: null,
    confidential: false,
    agreedAt: null,
    createdAt: at,
    updatedAt: at,
    updatedBy: 'SECAS',
  }));
}

describe('a backup a restore would refuse', () => {
  it(
    'is not written: the outcome says why, and the previous backup is kept and restores',
    slow,
    async () => {
      const ctx = fakeContext(open());
      const shelf = createBrowserBackupShelf(`backups-${crypto.randomUUID()}`);
      const keeper = new BackupKeeper(ctx.db, shelf, ctx.now);
      await importArchive(ctx, referenceArchive());
      const good = await keeper.backUp();
      if (good.kind !== 'written') throw new Error('the first backup is written');
      const goodText = await exported(ctx.db, ctx.now());

      // More amendments in one meeting than the archive reader reads.
      const [meeting] = await ctx.db.meetings.toArray();
      const most = archiveLimits.lists['bodies.meetings.amendments'];
      await ctx.db.amendments.bulkAdd(amendments(meeting?.id ?? '', most + 1, ctx.now()));
      ctx.advance();
      const outcome = await keeper.backUp();
      expect(outcome).toMatchObject({ kind: 'refused', kept: good.backup });
      const message = outcome.kind === 'refused' ? outcome.message : '';
      expect(message).toMatch(/^This backup was not written: a restore would refuse it\./);
      expect(message).toContain('amendments in one meeting');
      expect(message).toContain('The previous backup is kept and still restores.');
      expect(await shelf.listBackups()).toEqual([good.backup]);

      // The kept backup restores, though what is here now cannot be backed up first: the
      // restore says so and changes nothing.
      const refused = await restoreBackup(good.backup.name, shelf, keeper, ctx);
      expect(refused).toMatchObject({ kind: 'refused', message: /could not be backed up first/ });
      await ctx.db.amendments.clear();
      const restored = await restoreBackup(good.backup.name, shelf, keeper, ctx);
      expect(restored.kind).toBe('restored');
      expect(await exported(ctx.db, ctx.now())).toBe(
        goodText.replace(/"exportedAt": "[^"]*"/, `"exportedAt": "${ctx.now()}"`),
      );
    },
  );
});
