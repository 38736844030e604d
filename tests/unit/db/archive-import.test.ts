import { describe, expect, it } from 'vitest';
import { importArchive, readBodyRows } from '../../../src-renderer/db';
import { archiveFromRows } from '../../../src-renderer/domain';
import { referenceArchive } from '../reference-archive';
import { expectDataError, fakeContext, snapshot, useTestDatabases } from './support';

const open = useTestDatabases();

const fixture = referenceArchive;

describe('importing an archive', () => {
  it('writes every row with its id, and exporting again gives the same archive', async () => {
    const ctx = fakeContext(open());
    const archive = fixture();
    const [bodyId] = await importArchive(ctx, archive);
    expect(bodyId).toBe(archive.bodies[0]?.id);
    const again = archiveFromRows([await readBodyRows(ctx.db, bodyId ?? '')], archive.exportedAt);
    expect(again).toEqual(archive);
  });

  it('refuses a body that is already here and changes nothing', async () => {
    const ctx = fakeContext(open());
    await importArchive(ctx, fixture());
    const before = await snapshot(ctx.db);
    await expectDataError(importArchive(ctx, fixture()), 'conflict', /"SEC Panel" is already here/);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('writes nothing at all when one row fails', async () => {
    const ctx = fakeContext(open());
    const archive = fixture();
    const body = archive.bodies[0];
    if (!body) throw new Error('no body');
    // A second body whose meeting reuses an id already in the first: IndexedDB refuses it.
    const clash = {
      ...body,
      id: 'other-body',
      name: 'Other',
      members: [],
      actions: [],
      actionUpdates: [],
    };
    clash.meetings = body.meetings.map((m) => ({
      ...m,
      bodyId: 'other-body',
      agendaItems: [],
      minuteBlocks: [],
      attendance: [],
      amendments: [],
    }));
    await expect(importArchive(ctx, { ...archive, bodies: [body, clash] })).rejects.toThrow();
    const after = await snapshot(ctx.db);
    expect(Object.values(after).every((rows) => rows.length === 0)).toBe(true);
  });
});
