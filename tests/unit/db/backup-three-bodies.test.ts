import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../scripts/archive-gen/generate';
import { createBrowserBackupShelf, importArchive, readAllBodyRows } from '../../../src-renderer/db';
import { archiveFromRows, serializeArchive } from '../../../src-renderer/domain';
import { BackupKeeper } from '../../../src-renderer/features/backups/backup-keeper';
import { restoreBackup } from '../../../src-renderer/features/backups/restore';
import { fakeContext, useTestDatabases } from './support';

const open = useTestDatabases();

// About 215,000 rows and a 200 MB archive written twice into fake-indexeddb: more than a
// quarter of an hour on two cores, so it runs on its own with `npm run test:scale`. The limits
// it depends on are checked at this scale in every run (tests/unit/domain/archive-limits-scale).
const scale = process.env.MINUTEBOOK_SCALE_TESTS === '1';
if (!scale)
  console.log(
    'Three-body backup round trip skipped: it takes over 15 minutes on fake-indexeddb; run `npm run test:scale`.',
  );

describe('a backup of three bodies of fifteen years each', () => {
  it.runIf(scale)(
    'is written, and restores whole on another machine',
    { timeout: 3_600_000 },
    async () => {
      const here = fakeContext(open());
      await importArchive(here, generateArchive({ years: 15, bodies: 3, seed: 1 }));
      const shelf = createBrowserBackupShelf(`backups-${crypto.randomUUID()}`);
      const outcome = await new BackupKeeper(here.db, shelf, here.now).backUp();
      // A refusal names the limit it met: shown in full when this fails.
      expect(outcome.kind === 'refused' ? outcome.message : outcome.kind).toBe('written');
      if (outcome.kind !== 'written') return;
      const read = await shelf.readBackup(outcome.backup.name);
      const text = read.ok ? read.text : '';
      expect(outcome.backup.bytes).toBe(new TextEncoder().encode(text).length);

      // Another database (another laptop) restored from the backup holds every row of it.
      const there = fakeContext(open(), { at: '2026-11-30T03:00:00.000Z' });
      const keeper = new BackupKeeper(there.db, shelf, there.now);
      const restored = await restoreBackup(outcome.backup.name, shelf, keeper, there);
      expect(restored).toEqual({ kind: 'restored', before: null });
      const rows = await readAllBodyRows(there.db);
      expect(rows.map((r) => r.meetings.length)).toEqual([180, 180, 180]);
      const exportedAt = /"exportedAt": "([^"]*)"/.exec(text)?.[1] ?? '';
      expect(serializeArchive(archiveFromRows(rows, exportedAt))).toBe(text);
    },
  );
});
