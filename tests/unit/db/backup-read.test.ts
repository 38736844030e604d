import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../scripts/archive-gen/generate';
import { importArchive, readAllBodyRows } from '../../../src-renderer/db';
import { readArchiveText } from '../../../src-renderer/db/backup-read';
import { archiveFromRows, serializeArchive } from '../../../src-renderer/domain';
import { fakeContext, useTestDatabases } from './support';

const open = useTestDatabases();

describe("a backup's read of everything", () => {
  it('writes the text of every row, page after page and meeting after meeting, as an export of every body does', async () => {
    const ctx = fakeContext(open());
    // Two bodies of a year: hundreds of rows in most tables, thousands in some.
    await importArchive(ctx, generateArchive({ years: 1, bodies: 2, seed: 5 }));
    const rows = await readAllBodyRows(ctx.db);
    expect(rows).toHaveLength(2);
    const expected = serializeArchive(archiveFromRows(rows, ''));
    // Every table but the minutes is read by pages; the largest of them, all bodies together.
    const total = (pick: (r: (typeof rows)[number]) => unknown[]) =>
      rows.reduce((n, r) => n + pick(r).length, 0);
    const largest = Math.max(
      total((r) => r.agendaItems),
      total((r) => r.actions),
      total((r) => r.actionUpdates),
      total((r) => r.attendance),
    );
    expect(largest).toBeGreaterThan(200);
    // Pages of under a hundred rows, of exactly the largest table read by pages, and of more.
    for (const pageRows of [97, largest, largest + 1])
      expect(await readArchiveText(ctx.db, pageRows)).toBe(expected);
  }, 60_000);

  it('is null when there is no body', async () => {
    expect(await readArchiveText(fakeContext(open()).db)).toBeNull();
  });
});
