import { describe, expect, it } from 'vitest';
import {
  createBody,
  importArchive,
  readAllBodyRows,
  replaceWithArchive,
} from '../../../src-renderer/db';
import { archiveFromRows, grouped, serializeArchive } from '../../../src-renderer/domain';
import { BackupKeeper } from '../../../src-renderer/features/backups/backup-keeper';
import {
  describeRestored,
  describeRestoreStep,
  restoreBackup,
} from '../../../src-renderer/features/backups/restore';
import type { BackupShelf } from '../../../src-renderer/platform';
import { referenceArchive } from '../reference-archive';
import { fakeContext, snapshot, testShelf as shelf, useTestDatabases } from './support';

const open = useTestDatabases();

const fixture = referenceArchive;

const body = {
  name: 'Audit Committee',
  minutesName: 'The Committee',
  actionPrefix: 'AC',
  secretariat: 'Clerk',
};

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
    // The screen names the backup that holds what was here: the one just written.
    const name = (b: { name: string }) => b.name;
    if (restored.kind !== 'restored' || oldest === undefined) throw new Error('restored');
    expect(describeRestored(oldest, restored.before, name)).toBe(
      `Restored the backup of ${oldest.name}. What was here before is in the backup of ${list[0]?.name ?? ''}.`,
    );
    const undo = await restoreBackup(list[0]?.name ?? '', s, keeper, ctx);
    expect(undo.kind).toBe('restored');
    expect(await snapshot(ctx.db)).toEqual(withCommittee);
  });

  it('says nothing was lost when what was here is the backup restored', async () => {
    const ctx = fakeContext(open());
    const { shelf: s } = shelf();
    const keeper = new BackupKeeper(ctx.db, s, ctx.now);
    await importArchive(ctx, fixture());
    expect((await keeper.backUp()).kind).toBe('written');
    const [only] = await s.listBackups();
    if (only === undefined) throw new Error('one backup kept');
    const outcome = await restoreBackup(only.name, s, keeper, ctx);
    if (outcome.kind !== 'restored') throw new Error(`not restored: ${outcome.kind}`);
    // The backup taken first found nothing new: no second backup, and the words say so.
    expect(await s.listBackups()).toHaveLength(1);
    expect(outcome.before?.name).toBe(only.name);
    expect(describeRestored(only, outcome.before, (b) => b.name)).toBe(
      `Restored the backup of ${only.name}. What was here already matched it, so nothing was lost.`,
    );
    expect(describeRestored(only, null, (b) => b.name)).toBe(
      `Restored the backup of ${only.name}.`,
    );
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
