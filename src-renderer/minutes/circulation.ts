/**
 * The circulation e-mail and the meeting invitation: one entry, loaded on first use so that
 * the mail and calendar libraries stay out of the initial bundle.
 */
import { circulationSubjectLine, fillCirculationTemplate } from '../domain/circulation';
import type { Body, Classification, Meeting } from '../domain';
import { shortDate } from './wording';

export {
  buildCirculationEml,
  mimeTypeOf,
  type CirculationMail,
  type MailAttachment,
  type MailPerson,
} from './circulation-eml';
export { buildMeetingIcs, plannedMeetingMinutes, type MeetingInvitation } from './circulation-ics';

/** The subject and message of a meeting's circulation e-mail, from the body's templates. */
export function circulationWording(
  body: Pick<Body, 'name' | 'circulationSubject' | 'circulationMessage'>,
  meeting: Pick<Meeting, 'number' | 'date'>,
  variant: Classification,
): { subject: string; text: string } {
  const values = {
    body: body.name,
    meeting: String(meeting.number),
    date: shortDate(meeting.date),
  };
  return {
    subject: circulationSubjectLine(body.circulationSubject, values, variant),
    text: fillCirculationTemplate(body.circulationMessage, values),
  };
}
