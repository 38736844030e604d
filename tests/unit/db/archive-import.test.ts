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
    await expectDataError(
      importArchive(ctx, fixture()),
      'conflict',
      '"SEC Panel" is already here, so the archive was not imported: an import adds a body, it never replaces one. Nothing was changed. To go back to an earlier state of it, restore a backup on the Backups screen (a restore replaces everything here).',
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('explains a copy of a body already here under another id, and changes nothing', async () => {
    const ctx = fakeContext(open());
    await importArchive(ctx, fixture());
    const before = await snapshot(ctx.db);
    const copy = fixture();
    const body = copy.bodies[0];
    if (!body) throw new Error('no body');
    // The same records under a new body id and name: IndexedDB alone refuses it with
    // "BulkError: members.bulkAdd(): 10 of 10 operations failed".
    const renamed = { ...body, id: 'copied-body', name: 'SEC Panel (copy)' };
    const error = await expectDataError(
      importArchive(ctx, { ...copy, bodies: [renamed] }),
      'conflict',
    );
    expect(error.message).toBe(
      'This archive contains records of a body already here, "SEC Panel" (10 members, 1 meeting, 25 agenda items, 81 entries in the minutes, 15 attendance records, 16 actions and 6 action updates), under another id: it looks like a copy of "SEC Panel", so it was not imported: an import adds records, it never replaces them. Nothing was changed. To go back to an earlier state of it, restore a backup on the Backups screen (a restore replaces everything here).',
    );
    expect(error.message).not.toMatch(/BulkError|bulkAdd|ConstraintError/);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('names the body when only the records of a meeting are already here', async () => {
    const ctx = fakeContext(open());
    await importArchive(ctx, fixture());
    const before = await snapshot(ctx.db);
    const body = fixture().bodies[0];
    const meeting = body?.meetings[0];
    if (!body || !meeting) throw new Error('no meeting');
    // A new body and meeting (new ids) whose agenda items are those of meeting 30.
    const other = {
      ...body,
      id: 'other-body',
      name: 'Other',
      members: [],
      actions: [],
      actionUpdates: [],
      meetings: [
        {
          ...meeting,
          id: 'other-meeting',
          bodyId: 'other-body',
          agendaItems: meeting.agendaItems
            .filter((item) => item.parentId === null)
            .slice(0, 2)
            .map((item) => ({ ...item, meetingId: 'other-meeting' })),
          minuteBlocks: [],
          attendance: [],
          amendments: [],
          interests: [],
        },
      ],
    };
    await expectDataError(
      importArchive(ctx, { ...fixture(), bodies: [other] }),
      'conflict',
      /^This archive contains records of a body already here, "SEC Panel" \(2 agenda items\), under another id/,
    );
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
      interests: [],
    }));
    await expectDataError(
      importArchive(ctx, { ...archive, bodies: [body, clash] }),
      'conflict',
      'This archive holds a record twice or one already here, so it was not imported. Nothing was changed.',
    );
    const after = await snapshot(ctx.db);
    expect(Object.values(after).every((rows) => rows.length === 0)).toBe(true);
  });
});
