import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  createBrowserBackupShelf,
  createBody,
  importArchive,
  readAllBodyRows,
  replaceWithArchive,
} from '../../../src-renderer/db';
import { archiveFromRows, grouped, serializeArchive } from '../../../src-renderer/domain';
import { BackupKeeper } from '../../../src-renderer/features/backups/backup-keeper';
import { describeRestoreStep, restoreBackup } from '../../../src-renderer/features/backups/restore';
import type { BackupShelf } from '../../../src-renderer/platform';
import { referenceArchive } from '../reference-archive';
import { fakeContext, snapshot, useTestDatabases } from './support';

const open = useTestDatabases();

const fixture = referenceArchive;

const body = {
  name: 'Audit Committee',
  minutesName: 'The Committee',
  actionPrefix: 'AC',
  secretariat: 'Clerk',
};

/** A shelf in a database of its own, on a clock the test moves. */
function shelf(keep = 30): { shelf: BackupShelf; tick: () => void } {
  let time = Date.parse('2026-11-25T14:00:00.000Z');
  return {
    shelf: createBrowserBackupShelf(`backups-${crypto.randomUUID()}`, () => new Date(time), keep),
    tick: () => {
      time += 60_000;
    },
  };
}

describe('the browser’s backup shelf', () => {
  it('keeps the text exactly, lists newest first and keeps only the newest', async () => {
    const { shelf: s, tick } = shelf(3);
    const texts = ['one ŵ ŷ', 'two Ελληνικά', 'three Кириллица', 'four 🗒️'];
    for (const text of texts) {
      const written = await s.writeBackup(text);
      expect(written.ok).toBe(true);
      tick();
    }
    const list = await s.listBackups();
    expect(list.map((b) => b.name)).toEqual([
      'minutebook-backup-20261125-140300-000.json',
      'minutebook-backup-20261125-140200-000.json',
      'minutebook-backup-20261125-140100-000.json',
    ]);
    expect(list[0]?.savedAt).toBe('2026-11-25T14:03:00.000Z');
    expect(list[0]?.bytes).toBe(new TextEncoder().encode('four 🗒️').length);
    expect(await s.readBackup(list[0]?.name ?? '')).toEqual({ ok: true, text: 'four 🗒️' });
    const gone = await s.readBackup('minutebook-backup-20261125-140000-000.json');
    expect(gone).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('never drops the backup it has just written, even with the clock set back', async () => {
    let time = Date.parse('2026-11-25T14:00:00.000Z');
    const s = createBrowserBackupShelf(`backups-${crypto.randomUUID()}`, () => new Date(time), 2);
    await s.writeBackup('today');
    time += 60_000;
    await s.writeBackup('a minute later');
    time = Date.parse('2020-01-01T00:00:00.000Z');
    const written = await s.writeBackup('clock set back');
    const list = await s.listBackups();
    expect(list.map((b) => b.name)).toEqual([
      'minutebook-backup-20261125-140100-000.json',
      written.ok ? written.backup.name : '',
    ]);
  });

  it('never overwrites a backup written in the same millisecond', async () => {
    const { shelf: s } = shelf();
    await s.writeBackup('first');
    await s.writeBackup('second');
    const list = await s.listBackups();
    expect(list).toHaveLength(2);
    const texts = await Promise.all(list.map((b) => s.readBackup(b.name)));
    expect(texts.map((t) => (t.ok ? t.text : ''))).toEqual(['second', 'first']);
  });

  it('keeps each text in a Blob, whatever its size, and refuses one UTF-8 cannot hold', async () => {
    const name = `backups-${crypto.randomUUID()}`;
    const s = createBrowserBackupShelf(name, () => new Date('2026-11-25T14:00:00.000Z'));
    const text = `{"text": "Llŷr \\ud800 ${'x'.repeat(100_000)}"}`;
    const written = await s.writeBackup(text);
    expect(written).toMatchObject({ ok: true, backup: { bytes: text.length + 1 } });
    const raw = new Dexie(name);
    raw.version(2).stores({ backups: 'name, savedAt', texts: 'name' });
    const row = (await raw.table<Record<string, unknown>, string>('texts').toArray())[0];
    raw.close();
    expect(row?.['file']).toBeInstanceOf(Blob);
    expect(row).not.toHaveProperty('text');
    expect(await s.readBackup(written.ok ? written.backup.name : '')).toEqual({ ok: true, text });

    const lone = await s.writeBackup('half an emoji \ud83d');
    expect(lone).toMatchObject({ ok: false, reason: 'error' });
    expect(lone.ok ? '' : lone.message).toContain('not well-formed Unicode');
    expect(await s.listBackups()).toHaveLength(1);
  });

  it('reads the backups a shelf of version 1 kept as strings, now as Blobs', async () => {
    const name = `backups-${crypto.randomUUID()}`;
    // A shelf as version 1 wrote it: the text as a string in `text`.
    const v1 = new Dexie(name);
    v1.version(1).stores({ backups: 'name, savedAt', texts: 'name' });
    const backupName = 'minutebook-backup-20261124-090000-000.json';
    const text = '{"minutebookArchive": 4, "note": "Cyfarfod — Ελληνικά 🗒️"}';
    await v1.table('backups').add({
      name: backupName,
      savedAt: '2026-11-24T09:00:00.000Z',
      bytes: new TextEncoder().encode(text).length,
    });
    await v1.table('texts').add({ name: backupName, text });
    v1.close();

    const s = createBrowserBackupShelf(name);
    expect((await s.listBackups()).map((b) => b.name)).toEqual([backupName]);
    expect(await s.readBackup(backupName)).toEqual({ ok: true, text });
    const raw = new Dexie(name);
    raw.version(2).stores({ backups: 'name, savedAt', texts: 'name' });
    const row = await raw.table<Record<string, unknown>, string>('texts').get(backupName);
    raw.close();
    expect(row?.['file']).toBeInstanceOf(Blob);
    expect(row).not.toHaveProperty('text');
  });
});

describe('restoring from a backup', () => {
  it('replaces everything with the archive; backing up again gives the same archive', async () => {
    const ctx = fakeContext(open());
    await createBody(ctx, body);
    const archive = fixture();
    await replaceWithArchive(ctx, archive);
    const rows = await readAllBodyRows(ctx.db);
    expect(rows.map((r) => r.body.name)).toEqual(['SEC Panel']);
    expect(serializeArchive(archiveFromRows(rows, archive.exportedAt))).toBe(
      serializeArchive(archive),
    );
  });

  it('leaves everything as it was when the archive cannot be written whole', async () => {
    const ctx = fakeContext(open());
    await importArchive(ctx, fixture());
    const before = await snapshot(ctx.db);
    const broken = fixture();
    const meeting = broken.bodies[0]?.meetings[0];
    if (meeting === undefined) throw new Error('the fixture has a meeting');
    // Two items with one id: the second add fails inside the transaction.
    meeting.agendaItems.push({ ...(meeting.agendaItems[0] as (typeof meeting.agendaItems)[0]) });
    await expect(replaceWithArchive(ctx, broken)).rejects.toThrow();
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('backs up what is here first, so the restore can itself be undone', async () => {
    const ctx = fakeContext(open());
    const { shelf: s, tick } = shelf();
    const keeper = new BackupKeeper(ctx.db, s, ctx.now);
    await importArchive(ctx, fixture());
    const first = await keeper.backUp();
    expect(first.kind).toBe('written');
    tick();
    expect((await keeper.backUp()).kind).toBe('unchanged');

    await createBody(ctx, body);
    const withCommittee = await snapshot(ctx.db);
    const [oldest] = await s.listBackups();
    const steps: string[] = [];
    const restored = await restoreBackup(oldest?.name ?? '', s, keeper, ctx, (at) =>
      steps.push(describeRestoreStep(at)),
    );
    expect(restored.kind).toBe('restored');
    expect((await readAllBodyRows(ctx.db)).map((r) => r.body.name)).toEqual(['SEC Panel']);
    // What the Backups screen says meanwhile: each step, then the records as they are written.
    // Each body's record and its rows of every table.
    const records = (await readAllBodyRows(ctx.db)).reduce(
      (n, rows) =>
        n +
        Object.values(rows).reduce<number>(
          (k, v: unknown) => k + (Array.isArray(v) ? v.length : 1),
          0,
        ),
      0,
    );
    expect(steps.slice(0, 2)).toEqual([
      'Restoring… reading and checking the backup',
      'Restoring… first backing up what is here',
    ]);
    expect(steps.length).toBeGreaterThan(2);
    expect(steps.at(-1)).toBe(
      `Restoring… 100% (${grouped(records)} of ${grouped(records)} records written)`,
    );

    const list = await s.listBackups();
    expect(list).toHaveLength(2);
    const undo = await restoreBackup(list[0]?.name ?? '', s, keeper, ctx);
    expect(undo.kind).toBe('restored');
    expect(await snapshot(ctx.db)).toEqual(withCommittee);
  });

  it('reads no backup back to find nothing changed where the shelf keeps content hashes', async () => {
    const ctx = fakeContext(open());
    const { shelf: s } = shelf();
    let reads = 0;
    const counting: BackupShelf = {
      ...s,
      readBackup: (name) => {
        reads += 1;
        return s.readBackup(name);
      },
    };
    await importArchive(ctx, fixture());
    const keeper = new BackupKeeper(ctx.db, counting, ctx.now);
    expect((await keeper.backUp()).kind).toBe('written');
    expect((await keeper.backUp()).kind).toBe('unchanged');
    // Another keeper (another window) finds the newest backup's hash in the list.
    const other = new BackupKeeper(ctx.db, counting, ctx.now);
    expect((await other.backUp()).kind).toBe('unchanged');
    expect(reads).toBe(0);
  });

  it('does not read its own newest backup back to find nothing changed', async () => {
    const ctx = fakeContext(open());
    const { shelf: browser } = shelf();
    // A shelf like the desktop app's folder: it lists no hashes and is written by the page.
    const s: BackupShelf = {
      listBackups: async () =>
        (await browser.listBackups()).map((info) => ({
          name: info.name,
          savedAt: info.savedAt,
          bytes: info.bytes,
        })),
      writeBackup: (text) => browser.writeBackup(text),
      readBackup: (name) => browser.readBackup(name),
    };
    let reads = 0;
    const counting: BackupShelf = {
      ...s,
      readBackup: (name) => {
        reads += 1;
        return s.readBackup(name);
      },
    };
    await importArchive(ctx, fixture());
    const keeper = new BackupKeeper(ctx.db, counting, ctx.now);
    expect((await keeper.backUp()).kind).toBe('written');
    expect((await keeper.backUp()).kind).toBe('unchanged');
    expect(reads).toBe(0);
    // Another keeper (another window) reads the newest backup once, then knows it.
    const other = new BackupKeeper(ctx.db, counting, ctx.now);
    expect((await other.backUp()).kind).toBe('unchanged');
    expect((await other.backUp()).kind).toBe('unchanged');
    expect(reads).toBe(1);
  });

  it('shares a running backup with a second caller, but reads anew for a restore', async () => {
    const ctx = fakeContext(open());
    const { shelf: s } = shelf();
    let runs = 0;
    const counting: BackupShelf = {
      ...s,
      listBackups: () => {
        runs += 1;
        return s.listBackups();
      },
    };
    const keeper = new BackupKeeper(ctx.db, counting, ctx.now);
    await importArchive(ctx, fixture());
    const [first, second] = await Promise.all([keeper.backUp(), keeper.backUp()]);
    expect(second).toBe(first);
    expect(runs).toBe(1);

    const order: string[] = [];
    const scheduled = keeper.backUp().then(() => order.push('scheduled'));
    const fresh = keeper.backUp({ fresh: true }).then((outcome) => {
      order.push('fresh');
      return outcome;
    });
    await Promise.all([scheduled, fresh]);
    // The restore's backup ran on its own, after the one it found running.
    expect(runs).toBe(3);
    expect(order).toEqual(['scheduled', 'fresh']);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const ctx = fakeContext(open());
    const { shelf: s } = shelf();
    const keeper = new BackupKeeper(ctx.db, s, ctx.now);
    await importArchive(ctx, fixture());
    const before = await snapshot(ctx.db);
    const written = await s.writeBackup('{"format": "minutebook-archive", "version": 1}');
    const outcome = await restoreBackup(written.ok ? written.backup.name : '', s, keeper, ctx);
    expect(outcome).toMatchObject({ kind: 'refused', message: /damaged/ });
    expect(outcome.kind === 'refused' && outcome.errors.length).toBeGreaterThan(0);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses to restore when what is here cannot be backed up first', async () => {
    const ctx = fakeContext(open());
    const { shelf: s } = shelf();
    await importArchive(ctx, fixture());
    const good = await s.writeBackup(serializeArchive(fixture()));
    await createBody(ctx, body);
    const before = await snapshot(ctx.db);
    const full: BackupShelf = {
      listBackups: () => s.listBackups(),
      readBackup: (name) => s.readBackup(name),
      writeBackup: () =>
        Promise.resolve({ ok: false, reason: 'disk-full', message: 'The disk is full.' }),
    };
    const keeper = new BackupKeeper(ctx.db, full, ctx.now);
    const outcome = await restoreBackup(good.ok ? good.backup.name : '', full, keeper, ctx);
    expect(outcome).toMatchObject({ kind: 'refused', message: /could not be backed up first/ });
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('writes no backup of an empty database', async () => {
    const ctx = fakeContext(open());
    const { shelf: s } = shelf();
    expect((await new BackupKeeper(ctx.db, s, ctx.now).backUp()).kind).toBe('empty');
    expect(await s.listBackups()).toEqual([]);
  });
});
