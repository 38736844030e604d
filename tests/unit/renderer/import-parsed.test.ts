import { describe, expect, it } from 'vitest';
import { importArchive, readBodyRows } from '../../../src-renderer/db';
import type { ImportProgress } from '../../../src-renderer/db/repos/archive-import';
import {
  archiveFromRows,
  meetingArchive,
  serializeArchive,
  type Archive,
} from '../../../src-renderer/domain';
import { importParsed } from '../../../src-renderer/features/export/import-parsed';
import { at, referenceRows, twoMeetingRows } from '../meeting-archive-rows';
import { expectDataError, fakeContext, snapshot, useTestDatabases } from '../db/support';

// What the import worker runs once a file is checked (features/export/archive-import-worker.ts).
const open = useTestDatabases();

function meeting31(): Archive {
  const archive = meetingArchive(twoMeetingRows(), 'meeting-31', at);
  if (archive === null) throw new Error('no meeting 31');
  return archive;
}

describe('importing a checked archive', () => {
  it('imports a whole body, telling its progress up to every record', async () => {
    const ctx = fakeContext(open());
    const archive = archiveFromRows([twoMeetingRows()], at);
    const steps: ImportProgress[] = [];
    const outcome = await importParsed(ctx, archive, (p) => steps.push(p));
    const body = archive.bodies[0];
    expect(outcome).toEqual({ kind: 'bodies', ids: [body?.id], names: [body?.name] });
    expect(steps.at(-1)?.written).toBe(steps.at(-1)?.total);
    const again = archiveFromRows([await readBodyRows(ctx.db, body?.id ?? '')], at);
    expect(serializeArchive(again)).toBe(serializeArchive(archive));
  });

  it('adds the file of one meeting to its body when the body is here', async () => {
    const ctx = fakeContext(open());
    await importArchive(ctx, archiveFromRows([referenceRows()], at));
    const outcome = await importParsed(ctx, meeting31(), () => undefined);
    expect(outcome).toMatchObject({ kind: 'meeting', meetingId: 'meeting-31' });
    expect(await ctx.db.meetings.get('meeting-31')).toBeDefined();
  });

  it('changes nothing when the body is here already, and says so', async () => {
    const ctx = fakeContext(open());
    const archive = archiveFromRows([twoMeetingRows()], at);
    await importArchive(ctx, archive);
    const before = await snapshot(ctx.db);
    const refused = importParsed(ctx, archive, () => undefined);
    await expectDataError(refused, 'conflict');
    expect(await snapshot(ctx.db)).toEqual(before);
  });
});
