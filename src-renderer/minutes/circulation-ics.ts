import { createEvent, type Attendee } from 'ics';
import { oneLine } from '../domain/circulation';
import { emailError } from '../domain/email';
import type { MailPerson } from './circulation-eml';

export interface MeetingInvitation {
  /** A stable id for the event, so that a second invitation updates the first. */
  uid: string;
  /** "SEC Panel meeting 30" */
  title: string;
  /** "2016-03-10" */
  date: string;
  /** "10:00", or "" when no time is set (then the event lasts the day). */
  startTime: string;
  minutes: number;
  location: string;
  attendees: readonly MailPerson[];
}

/** Planned minutes of an agenda: each top-level item's, or its sub-items' when it has none. */
export function plannedMeetingMinutes(
  items: readonly { id: string; parentId: string | null; plannedMinutes: number | null }[],
): number {
  const childMinutes = (id: string): number =>
    items
      .filter((i) => i.parentId === id)
      .reduce((sum, i) => sum + (i.plannedMinutes ?? childMinutes(i.id)), 0);
  const total = items
    .filter((i) => i.parentId === null)
    .reduce((sum, i) => sum + (i.plannedMinutes ?? childMinutes(i.id)), 0);
  return total > 0 ? total : 120;
}

/** A CN parameter cannot hold a double quote (RFC 5545 §3.2), nor a line break. */
function attendeeName(name: string): string {
  return oneLine(name).replace(/["\\]/g, "'");
}

/**
 * The meeting invitation as an iCalendar file. The start is the meeting's local time as the
 * agenda gives it, written as a floating time (no time zone): every calendar shows the
 * meeting at that clock time, as the papers do, whatever zone the laptop is set to.
 */
export function buildMeetingIcs(invitation: MeetingInvitation): string {
  const [year, month, day] = invitation.date.split('-').map(Number);
  const time = /^(\d{1,2}):(\d{2})$/.exec(invitation.startTime);
  if (year === undefined || month === undefined || day === undefined || !day) {
    throw new Error('The meeting has no date.');
  }
  const attendees: Attendee[] = invitation.attendees.map((person) => {
    const error = emailError(person.email);
    if (error !== undefined || person.email === '') {
      throw new Error(`${oneLine(person.name) || 'Someone'}: ${error ?? 'no e-mail address.'}`);
    }
    return { name: attendeeName(person.name), email: person.email.trim(), rsvp: true };
  });
  const common = {
    uid: invitation.uid,
    productId: 'minutebook',
    title: oneLine(invitation.title),
    location: oneLine(invitation.location) || undefined,
    attendees,
  };
  const result =
    time === null
      ? createEvent({ ...common, start: [year, month, day], duration: { days: 1 } })
      : createEvent({
          ...common,
          start: [year, month, day, Number(time[1]), Number(time[2])],
          startInputType: 'local',
          startOutputType: 'local',
          duration: {
            hours: Math.floor(invitation.minutes / 60),
            minutes: invitation.minutes % 60,
          },
        });
  if (result.error !== null || result.value === null) {
    throw new Error(`The invitation could not be written: ${String(result.error?.message)}`);
  }
  return result.value;
}
