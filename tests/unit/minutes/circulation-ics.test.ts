import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  buildMeetingIcs,
  plannedMeetingMinutes,
  type MeetingInvitation,
} from '../../../src-renderer/minutes/circulation';

const invitation: MeetingInvitation = {
  uid: 'meeting-30@minutebook',
  title: 'SEC Panel meeting 30',
  date: '2016-03-10',
  startTime: '10:00',
  minutes: 150,
  location: 'Elexon, 350 Euston Road, London',
  attendees: [
    { name: 'Gordon Hextall', email: 'gordon@example.org' },
    { name: 'Sabrina "Bee"; O’Neill', email: 'sabrina@example.org' },
  ],
};

function event(text: string) {
  const vevent = ICAL.Component.fromString(text).getFirstSubcomponent('vevent');
  if (vevent === null) throw new Error('no VEVENT');
  return new ICAL.Event(vevent);
}

describe('buildMeetingIcs', () => {
  it('writes the title, a floating local start, the duration, the venue and the attendees', () => {
    const e = event(buildMeetingIcs(invitation));
    expect(e.summary).toBe('SEC Panel meeting 30');
    expect(e.uid).toBe('meeting-30@minutebook');
    expect(e.startDate.toString()).toBe('2016-03-10T10:00:00');
    // Floating: no zone, shown at 10:00 wherever the calendar is.
    expect(e.startDate.zone.tzid).toBe('floating');
    expect(e.duration.toSeconds()).toBe(150 * 60);
    expect(e.endDate.toString()).toBe('2016-03-10T12:30:00');
    expect(e.location).toBe('Elexon, 350 Euston Road, London');
    const attendees = e.attendees.map((a) => [a.getParameter('cn'), a.getFirstValue()]);
    expect(attendees).toEqual([
      ['Gordon Hextall', 'mailto:gordon@example.org'],
      ["Sabrina 'Bee'; O’Neill", 'mailto:sabrina@example.org'],
    ]);
  });

  it('keeps line breaks in the title, venue or a name out of the file’s structure', () => {
    const text = buildMeetingIcs({
      ...invitation,
      title: 'SEC\r\nEND:VEVENT',
      location: 'Room 1\nATTENDEE:mailto:thief@evil.example',
      attendees: [{ name: 'Ann\r\nORGANIZER:x', email: 'ann@example.org' }],
    });
    expect(text).not.toMatch(/^(END:VEVENT\r\nBEGIN|ORGANIZER|ATTENDEE:mailto:thief)/m);
    const e = event(text);
    expect(e.summary).toBe('SEC END:VEVENT');
    expect(e.attendees).toHaveLength(1);
  });

  it('lasts the day when the meeting has no start time, and refuses a bad address', () => {
    const e = event(buildMeetingIcs({ ...invitation, startTime: '' }));
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2016-03-10');
    expect(() =>
      buildMeetingIcs({ ...invitation, attendees: [{ name: 'A', email: 'a@x.org\nB:c' }] }),
    ).toThrow(/line break/);
  });
});

describe('plannedMeetingMinutes', () => {
  it('adds the top-level items’ planned minutes, or their sub-items’, and is 2 hours when none', () => {
    const item = (id: string, parentId: string | null, plannedMinutes: number | null) => ({
      id,
      parentId,
      plannedMinutes,
    });
    expect(
      plannedMeetingMinutes([
        item('1', null, 10),
        item('2', null, null),
        item('2.1', '2', 15),
        item('2.2', '2', 20),
        item('3', null, 30),
        item('3.1', '3', 99),
      ]),
    ).toBe(75);
    expect(plannedMeetingMinutes([item('1', null, null)])).toBe(120);
    expect(plannedMeetingMinutes([])).toBe(120);
  });
});
