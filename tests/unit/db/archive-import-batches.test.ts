import { describe, expect, it } from 'vitest';
import {
  importArchive,
  readBodyRows,
  replaceWithArchive,
  type MinutebookDb,
} from '../../../src-renderer/db';
import type { ItemMinutes } from '../../../src-renderer/db/block-store';
import { importBatch, type ImportProgress } from '../../../src-renderer/db/repos/archive-import';
import { archiveFromRows, serializeArchive, type Archive } from '../../../src-renderer/domain';
import { generateArchive } from '../../../scripts/archive-gen/generate';
import { expectDataError, fakeContext, seedMeeting, snapshot, useTestDatabases } from './support';

const open = useTestDatabases();

/** A generated year of one body: some 4,000 records, written in batches. */
const year = () => generateArchive({ years: 1, bodies: 1, seed: 11 });

/** The same archive with its last update given the id of its first: IndexedDB refuses it last. */
function withLateDuplicate(archive: Archive): Archive {
  const body = archive.bodies[0];
  const first = body?.actionUpdates[0];
  const last = body?.actionUpdates.at(-1);
  if (!body || !first || !last) throw new Error('no updates');
  const updates = [...body.actionUpdates.slice(0, -1), { ...last, id: first.id }];
  return { ...archive, bodies: [{ ...body, actionUpdates: updates }] };
}

/** The records stored: rows, but each block of minutes in its item's row. */
const count = async (db: MinutebookDb) =>
  Object.entries(await snapshot(db)).reduce(
    (n, [table, rows]) =>
      n +
      (table === 'itemMinutes'
        ? (rows as ItemMinutes[]).reduce((blocks, row) => blocks + row.blocks.length, 0)
        : rows.length),
    0,
  );

describe('importing a large archive in batches', () => {
  it('reports its progress batch by batch up to every record, and writes them all', async () => {
    const ctx = fakeContext(open());
    const archive = year();
    const steps: ImportProgress[] = [];
    const [bodyId] = await importArchive(ctx, archive, (p) => steps.push(p));
    const total = await count(ctx.db);
    expect(total).toBeGreaterThan(3_000);
    expect(steps.length).toBeGreaterThan(total / importBatch);
    expect(steps.every((s) => s.total === total)).toBe(true);
    const written = steps.map((s) => s.written);
    expect(written).toEqual([...written].sort((a, b) => a - b));
    expect(written.every((w, i) => w - (written[i - 1] ?? 0) <= importBatch)).toBe(true);
    expect(written.at(-1)).toBe(total);
    const again = archiveFromRows([await readBodyRows(ctx.db, bodyId ?? '')], archive.exportedAt);
    expect(serializeArchive(again)).toBe(serializeArchive(archive));
  }, 120_000);

  it('leaves the database as it was when its last batch fails, after reporting the others', async () => {
    const ctx = fakeContext(open());
    await seedMeeting(ctx);
    const before = await snapshot(ctx.db);
    const steps: ImportProgress[] = [];
    await expectDataError(
      importArchive(ctx, withLateDuplicate(year()), (p) => steps.push(p)),
      'conflict',
      'This archive holds a record twice or one already here, so it was not imported. Nothing was changed.',
    );
    // Thousands of records had been written in that transaction before the failure.
    expect(steps.at(-1)?.written).toBeGreaterThan(3_000);
    expect(await snapshot(ctx.db)).toEqual(before);
  }, 120_000);

  it('leaves the database as it was when a restore fails at its last batch', async () => {
    const ctx = fakeContext(open());
    await seedMeeting(ctx);
    const before = await snapshot(ctx.db);
    await expect(replaceWithArchive(ctx, withLateDuplicate(year()))).rejects.toThrow();
    expect(await snapshot(ctx.db)).toEqual(before);
  }, 120_000);
});
