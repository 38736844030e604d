import ICAL from 'ical.js';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { rowsFromArchiveBody } from '../../../src-renderer/domain';
import {
  writeCirculation,
  writeInvitation,
} from '../../../src-renderer/features/export/circulate-files';
import {
  produceExports,
  type ExportJob,
  type JobOutcome,
} from '../../../src-renderer/features/export/produce';
import { loadFixture, meetingOf } from '../minutes/minutes-support';

/** The Documents screen's circulation (features/export/circulate-files.ts), without the screen. */

const docx = (document: 'minutes' | 'agenda', variant: 'public' | 'confidential'): ExportJob => ({
  document,
  variant,
  format: 'docx',
});
const from = { name: 'SECAS', email: 'secas@example.org' };
const recipients = [
  { name: 'Alison Reed', email: 'alison.reed@example.org' },
  { name: 'Siân Prydderch', email: 'sian.prydderch@example.org' },
];

function reference() {
  const { body, meeting } = meetingOf(loadFixture());
  return { rows: rowsFromArchiveBody(body), meetingId: meeting.id };
}

describe('writeCirculation', () => {
  it('attaches the documents the export path produces, byte for byte, and the invitation', async () => {
    const { rows, meetingId } = reference();
    const jobs = [docx('minutes', 'public'), docx('agenda', 'public')];
    const exported: JobOutcome[] = [];
    await produceExports(rows, meetingId, jobs, (i, outcome) => {
      exported[i] = outcome;
    });
    const { eml, documents } = await writeCirculation(rows, meetingId, {
      variant: 'public',
      jobs,
      invitation: true,
      from,
      recipients,
    });
    expect(eml.fileName).toBe('SEC Panel meeting 30 circulation (public).eml');
    expect(documents).toEqual([
      'SEC Panel 30 minutes - public.docx',
      'SEC Panel 30 agenda - public.docx',
      'SEC Panel meeting 30 invitation.ics',
    ]);
    const email = await PostalMime.parse(eml.bytes);
    expect(email.subject).toBe('SEC Panel meeting 30 on 10 March 2016');
    expect(email.to?.map((t) => t.address)).toEqual(recipients.map((r) => r.email));
    expect(email.attachments.map((a) => a.filename)).toEqual(documents);
    for (const [i, outcome] of exported.entries()) {
      if (outcome.status !== 'done') throw new Error(`job ${String(i)} not done`);
      expect(new Uint8Array(email.attachments[i]?.content as ArrayBuffer)).toEqual(outcome.bytes);
    }
    const ics = new TextDecoder().decode(email.attachments[2]?.content as ArrayBuffer);
    const vevent = ICAL.Component.fromString(ics).getFirstSubcomponent('vevent');
    expect(vevent && new ICAL.Event(vevent).summary).toBe('SEC Panel meeting 30');
  });

  it('refuses a document of the other variant, and says CONFIDENTIAL for the confidential papers', async () => {
    const { rows, meetingId } = reference();
    const request = { variant: 'public' as const, invitation: false, from, recipients };
    await expect(
      writeCirculation(rows, meetingId, { ...request, jobs: [docx('minutes', 'confidential')] }),
    ).rejects.toThrow(/of the e-mail’s variant/);
    const { eml } = await writeCirculation(rows, meetingId, {
      ...request,
      variant: 'confidential',
      jobs: [docx('minutes', 'confidential')],
    });
    const email = await PostalMime.parse(eml.bytes);
    expect(email.subject).toBe('CONFIDENTIAL: SEC Panel meeting 30 on 10 March 2016');
    expect(email.attachments.map((a) => a.filename)).toEqual([
      'SEC Panel 30 minutes - confidential.docx',
    ]);
  });
});

describe('writeInvitation', () => {
  it('starts at the meeting’s local time and lasts the agenda’s planned minutes', async () => {
    const { rows, meetingId } = reference();
    const file = await writeInvitation(rows, meetingId, recipients);
    const vevent = ICAL.Component.fromString(
      new TextDecoder().decode(file.bytes),
    ).getFirstSubcomponent('vevent');
    if (vevent === null) throw new Error('no VEVENT');
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toString()).toBe('2016-03-10T10:00:00');
    const planned = rows.agendaItems
      .filter((i) => i.meetingId === meetingId && i.parentId === null)
      .reduce((sum, i) => sum + (i.plannedMinutes ?? 0), 0);
    expect(planned).toBeGreaterThan(0);
    expect(event.duration.toSeconds()).toBe(planned * 60);
    expect(event.location).toBe(rows.meetings.find((m) => m.id === meetingId)?.venue);
  });
});
