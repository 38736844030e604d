import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../scripts/archive-gen/generate';
import { importArchive, readAllBodyRows } from '../../../src-renderer/db';
import { readEverything } from '../../../src-renderer/db/backup-read';
import { fakeContext, useTestDatabases } from './support';

const open = useTestDatabases();

describe("a backup's read of everything", () => {
  it('reads every row, page after page, as a read of each body does', async () => {
    const ctx = fakeContext(open());
    // A body of a year: hundreds of rows in most tables, thousands in some.
    await importArchive(ctx, generateArchive({ years: 1, bodies: 1, seed: 5 }));
    const expected = await readAllBodyRows(ctx.db);
    expect(expected).toHaveLength(1);
    const blocks = expected.reduce((n, rows) => n + rows.minuteBlocks.length, 0);
    expect(blocks).toBeGreaterThan(1000);
    // Pages of under a hundred rows, of exactly the largest table, and of more than any table.
    for (const pageRows of [97, blocks, blocks + 1])
      expect(await readEverything(ctx.db, pageRows)).toEqual(expected);
  }, 60_000);
});
