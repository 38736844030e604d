import { safeFileName, type BodyRows } from '../../domain';
import type { Variant } from '../../minutes';
import type { MailAttachment, MailPerson } from '../../minutes/circulation';
import { jobTitle, produceExports, type ExportJob, type JobOutcome } from './produce';

/** A file written for circulation, ready to save. */
export interface WrittenFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface CirculationRequest {
  variant: Variant;
  /** The documents to attach, each of `variant`. */
  jobs: readonly ExportJob[];
  /** Attach the meeting invitation (.ics). */
  invitation: boolean;
  from: MailPerson;
  recipients: readonly MailPerson[];
}

/** The mail and calendar writers, a chunk of their own fetched on first use. */
const circulation = () => import('../../minutes/circulation');

/**
 * Produces the documents through the export path (a public one passes the leak guard on its
 * own text); throws, naming the document, when one is refused or fails.
 */
export async function produceAttachments(
  rows: BodyRows,
  meetingId: string,
  jobs: readonly ExportJob[],
): Promise<MailAttachment[]> {
  const outcomes: JobOutcome[] = [];
  await produceExports(rows, meetingId, jobs, (index, outcome) => {
    outcomes[index] = outcome;
  });
  return jobs.map((job, index) => {
    const outcome = outcomes[index];
    if (outcome?.status !== 'done') {
      const why = outcome === undefined ? 'it was not produced.' : outcome.message;
      throw new Error(`${jobTitle(job)}: ${why}`);
    }
    return { fileName: outcome.fileName, bytes: outcome.bytes, variant: job.variant };
  });
}

function meetingOf(rows: BodyRows, meetingId: string) {
  const meeting = rows.meetings.find((m) => m.id === meetingId);
  if (meeting === undefined) throw new Error('This meeting no longer exists.');
  return meeting;
}

/** "SEC Panel meeting 30": the invitation's title and the base of the circulated files' names. */
export function meetingTitle(rows: BodyRows, meetingId: string): string {
  return `${rows.body.name} meeting ${String(meetingOf(rows, meetingId).number)}`;
}

/** The meeting invitation (.ics) for the chosen recipients. */
export async function writeInvitation(
  rows: BodyRows,
  meetingId: string,
  attendees: readonly MailPerson[],
): Promise<WrittenFile> {
  const { buildMeetingIcs, plannedMeetingMinutes } = await circulation();
  const meeting = meetingOf(rows, meetingId);
  const items = rows.agendaItems.filter((i) => i.meetingId === meetingId);
  const text = buildMeetingIcs({
    uid: `${meeting.id}@minutebook`,
    title: meetingTitle(rows, meetingId),
    date: meeting.date,
    startTime: meeting.startTime,
    minutes: plannedMeetingMinutes(items),
    location: meeting.venue,
    attendees,
  });
  const name = safeFileName(`${meetingTitle(rows, meetingId)} invitation`, 'Invitation');
  return { fileName: `${name}.ics`, bytes: new TextEncoder().encode(text) };
}

/**
 * The circulation e-mail (.eml) with the chosen documents (and the invitation) attached, and
 * the names of the files it carries.
 */
export async function writeCirculation(
  rows: BodyRows,
  meetingId: string,
  request: CirculationRequest,
): Promise<{ eml: WrittenFile; documents: string[] }> {
  if (request.jobs.some((j) => j.variant !== request.variant)) {
    throw new Error('Every document circulated must be of the e-mail’s variant.');
  }
  const { buildCirculationEml, circulationWording } = await circulation();
  const meeting = meetingOf(rows, meetingId);
  const attachments = await produceAttachments(rows, meetingId, request.jobs);
  if (request.invitation) {
    const ics = await writeInvitation(rows, meetingId, request.recipients);
    attachments.push({ ...ics, variant: 'public' });
  }
  const wording = circulationWording(rows.body, meeting, request.variant);
  const text = buildCirculationEml({
    from: request.from,
    to: request.recipients,
    subject: wording.subject,
    text: wording.text,
    variant: request.variant,
    attachments,
  });
  const name = safeFileName(
    `${meetingTitle(rows, meetingId)} circulation (${request.variant})`,
    'Circulation',
  );
  return {
    eml: { fileName: `${name}.eml`, bytes: new TextEncoder().encode(text) },
    documents: attachments.map((a) => a.fileName),
  };
}
