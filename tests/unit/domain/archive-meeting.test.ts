import { describe, expect, it } from 'vitest';
import {
  meetingArchive,
  parseArchive,
  serializeArchive,
  singleMeetingOf,
} from '../../../src-renderer/domain';
import { actionByRef, at, twoMeetingRows } from '../meeting-archive-rows';

describe('the archive of one meeting', () => {
  it('holds the body, its members and only that meeting with what it needs', () => {
    const rows = twoMeetingRows();
    const archive = meetingArchive(rows, 'meeting-31', at);
    if (archive === null) throw new Error('no archive');
    expect(archive.exportedAt).toBe(at);
    const [body, ...others] = archive.bodies;
    expect(others).toEqual([]);
    if (body === undefined) throw new Error('no body');
    expect(body.name).toBe('SEC Panel');
    expect(body.decisionVerbs).toEqual(rows.body.decisionVerbs);
    expect(body.members).toHaveLength(rows.members.length);
    expect(body.meetings.map((m) => m.number)).toEqual([31]);
    const meeting = body.meetings[0];
    expect(meeting?.agendaItems.map((i) => i.id)).toEqual(['item-31-1']);
    expect(meeting?.minuteBlocks.map((b) => b.id)).toEqual(['block-31-1', 'block-31-2']);
    expect(meeting?.attendance.map((a) => a.id)).toEqual(['attendance-31-1']);
    // Raised at 31, and the two updated at 31; none of the others of the log.
    expect(body.actions.map((a) => a.reference).sort()).toEqual([
      'SECP20/04',
      'SECP30/01',
      'SECP31/01',
    ]);
    expect(body.actionUpdates.map((u) => u.id).sort()).toEqual(['update-31-1', 'update-31-2']);
  });

  it('carries an action raised at another meeting as an earlier action, its reference kept', () => {
    const rows = twoMeetingRows();
    const archive = meetingArchive(rows, 'meeting-31', at);
    const carried = archive?.bodies[0]?.actions.find((a) => a.reference === 'SECP30/01');
    const original = actionByRef(rows, 'SECP30/01');
    expect(carried).toEqual({ ...original, meetingId: null, itemId: null });
    expect(original.meetingId).not.toBeNull();
  });

  it('flags confidential a carried action that was confidential through the item that raised it', () => {
    const rows = twoMeetingRows();
    const original = actionByRef(rows, 'SECP30/01');
    expect(original.confidential).toBe(false);
    // Its item (of meeting 30, not in the file) made confidential after the action was raised.
    const agendaItems = rows.agendaItems.map((i) =>
      i.id === original.itemId ? { ...i, classification: 'confidential' as const } : i,
    );
    const archive = meetingArchive({ ...rows, agendaItems }, 'meeting-31', at);
    const carried = archive?.bodies[0]?.actions.find((a) => a.reference === 'SECP30/01');
    expect(carried).toEqual({ ...original, meetingId: null, itemId: null, confidential: true });
    // Read back, the rule (its own flag now) still keeps it confidential.
    const parsed = archive === null ? null : parseArchive(serializeArchive(archive));
    expect(
      parsed?.ok && parsed.archive.bodies[0]?.actions.find((a) => a.id === original.id),
    ).toMatchObject({ confidential: true });
  });

  it('is read back by the archive parser as it was written', () => {
    const archive = meetingArchive(twoMeetingRows(), 'meeting-31', at);
    if (archive === null) throw new Error('no archive');
    const parsed = parseArchive(serializeArchive(archive));
    expect(parsed).toEqual({ ok: true, archive, notices: [] });
    expect(singleMeetingOf(archive)).toEqual({
      bodyId: archive.bodies[0]?.id,
      meetingId: 'meeting-31',
    });
  });

  it('of meeting 30 holds its updates to earlier actions, not meeting 31’s', () => {
    const rows = twoMeetingRows();
    const archive = meetingArchive(rows, rows.meetings[0]?.id ?? '', at);
    if (archive === null) throw new Error('no archive');
    const body = archive.bodies[0];
    expect(body?.meetings.map((m) => m.number)).toEqual([30]);
    expect(body?.actions).toHaveLength(16);
    expect(body?.actionUpdates).toHaveLength(6);
    expect(body?.actions.some((a) => a.reference === 'SECP31/01')).toBe(false);
    expect(parseArchive(serializeArchive(archive)).ok).toBe(true);
  });

  it('is null for a meeting that is not in the rows', () => {
    expect(meetingArchive(twoMeetingRows(), 'no-such-meeting', at)).toBeNull();
  });

  it('recognises only archives of exactly one body with exactly one meeting', () => {
    const archive = meetingArchive(twoMeetingRows(), 'meeting-31', at);
    if (archive === null) throw new Error('no archive');
    const body = archive.bodies[0];
    if (body === undefined) throw new Error('no body');
    expect(singleMeetingOf({ ...archive, bodies: [] })).toBeNull();
    expect(singleMeetingOf({ ...archive, bodies: [body, { ...body, id: 'x' }] })).toBeNull();
    expect(singleMeetingOf({ ...archive, bodies: [{ ...body, meetings: [] }] })).toBeNull();
    const two = [...body.meetings, ...body.meetings];
    expect(singleMeetingOf({ ...archive, bodies: [{ ...body, meetings: two }] })).toBeNull();
  });
});
