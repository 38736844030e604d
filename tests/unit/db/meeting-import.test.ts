import { describe, expect, it } from 'vitest';
import { importArchive, importMeeting, readBodyRows } from '../../../src-renderer/db';
import {
  archiveFromRows,
  meetingArchive,
  parseArchive,
  serializeArchive,
  type Archive,
  type BodyRows,
} from '../../../src-renderer/domain';
import { actionByRef, at, referenceRows, twoMeetingRows } from '../meeting-archive-rows';
import { expectDataError, fakeContext, snapshot, useTestDatabases } from './support';

const open = useTestDatabases();

/** The archive of meeting 31, through its text as a file would carry it. */
function meeting31(rows: BodyRows = twoMeetingRows()): Archive {
  const archive = meetingArchive(rows, 'meeting-31', at);
  if (archive === null) throw new Error('no meeting 31');
  const parsed = parseArchive(serializeArchive(archive));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.archive;
}

/** A database holding the reference body with meeting 30 only. */
async function withMeeting30() {
  const ctx = fakeContext(open());
  await importArchive(ctx, archiveFromRows([referenceRows()], at));
  return ctx;
}

describe('importing one meeting', () => {
  it('brings body and meeting into a fresh database, and exports the same archive again', async () => {
    const ctx = fakeContext(open());
    const archive = meeting31();
    const result = await importMeeting(ctx, archive);
    expect(result).toEqual({
      bodyId: archive.bodies[0]?.id,
      meetingId: 'meeting-31',
      newBody: true,
    });
    const rows = await readBodyRows(ctx.db, result.bodyId);
    expect(rows.meetings.map((m) => m.number)).toEqual([31]);
    expect(meetingArchive(rows, 'meeting-31', at)).toEqual(archive);
  });

  it('adds the meeting to a body that has other meetings, keeping the body’s own actions', async () => {
    const ctx = await withMeeting30();
    const before = await readBodyRows(ctx.db, referenceRows().body.id);
    const result = await importMeeting(ctx, meeting31());
    expect(result.newBody).toBe(false);
    const after = await readBodyRows(ctx.db, result.bodyId);
    expect(after.meetings.map((m) => m.number).sort()).toEqual([30, 31]);
    expect(after.agendaItems).toHaveLength(before.agendaItems.length + 1);
    expect(after.minuteBlocks).toHaveLength(before.minuteBlocks.length + 2);
    expect(after.attendance).toHaveLength(before.attendance.length + 1);
    expect(after.members).toEqual(before.members);
    // One action raised at 31 is new; SECP30/01 keeps its meeting, not the file's copy.
    expect(after.actions).toHaveLength(before.actions.length + 1);
    expect(actionByRef(after, 'SECP30/01')).toEqual(actionByRef(before, 'SECP30/01'));
    expect(actionByRef(after, 'SECP31/01').meetingId).toBe('meeting-31');
    expect(after.actionUpdates.map((u) => u.id)).toEqual(
      expect.arrayContaining(['update-31-1', 'update-31-2']),
    );
    expect(after.actionUpdates).toHaveLength(before.actionUpdates.length + 2);
    // The whole body now exports as the two-meeting rows it came from.
    expect(archiveFromRows([after], at)).toEqual(archiveFromRows([twoMeetingRows()], at));
  });

  it('refuses the same meeting twice, and changes nothing', async () => {
    const ctx = await withMeeting30();
    await importMeeting(ctx, meeting31());
    const before = await snapshot(ctx.db);
    await expectDataError(
      importMeeting(ctx, meeting31()),
      'conflict',
      /"SEC Panel" is already here with meeting 31 from this file, so it was not imported\. Nothing was changed\./,
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses a meeting whose number the body already has', async () => {
    const ctx = await withMeeting30();
    const rows = twoMeetingRows();
    const other = rows.meetings.find((m) => m.id === 'meeting-31');
    if (other === undefined) throw new Error('no meeting 31');
    other.number = 30;
    const before = await snapshot(ctx.db);
    await expectDataError(
      importMeeting(ctx, meeting31(rows)),
      'conflict',
      /“SEC Panel” already has a meeting 30\./,
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses an action whose reference another action of the body holds', async () => {
    const ctx = await withMeeting30();
    const rows = twoMeetingRows();
    actionByRef(rows, 'SECP31/01').reference = 'SECP30/02';
    const before = await snapshot(ctx.db);
    await expectDataError(
      importMeeting(ctx, meeting31(rows)),
      'conflict',
      /the reference SECP30\/02 is already another action’s/,
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses an archive that is not one body with one meeting', async () => {
    const ctx = fakeContext(open());
    const whole = archiveFromRows([twoMeetingRows()], at);
    await expectDataError(
      importMeeting(ctx, whole),
      'invalid',
      /exactly one body with one meeting/,
    );
    expect(Object.values(await snapshot(ctx.db)).every((r) => r.length === 0)).toBe(true);
  });
});
