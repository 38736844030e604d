import { describe, expect, it } from 'vitest';
import { buildAgenda, buildMinutes, LeakError, writeMinutes } from '../../../src-renderer/minutes';
import {
  agendaTitle,
  fillTitle,
  minutesTitle,
  twelveHourTime,
} from '../../../src-renderer/minutes/house-style';
import { loadFixture, meetingOf } from './minutes-support';
import { testFonts } from './pdf-support';

const council = 'Minutes of the meeting of the {body} held on {weekday} {date} at {time}';

describe('title templates', () => {
  it('fill {meeting}, {body}, {weekday}, {date} and a 12-hour {time}', () => {
    const facts = { meeting: 39, body: 'Cabinet', date: '2025-10-02', time: '14:00' };
    expect(fillTitle(council, facts)).toBe(
      'Minutes of the meeting of the Cabinet held on Thursday 2 October 2025 at 2.00 pm',
    );
    expect(fillTitle('Meeting {meeting} – {date}', facts)).toBe('Meeting 39 – 2 October 2025');
    expect(minutesTitle(facts, council)).toBe(fillTitle(council, facts));
    expect(agendaTitle(facts, 'Agenda for the {body}, {time}')).toBe(
      'Agenda for the Cabinet, 2.00 pm',
    );
  });

  it('keep the SEC Panel’s titles when no template is given', () => {
    expect(minutesTitle(30)).toBe('Minutes of Meeting 30');
    expect(agendaTitle(30)).toBe('Agenda of Meeting 30');
  });

  it('leave unknown braces as typed and no double space where a token is empty', () => {
    const facts = { meeting: 1, body: 'Board', date: '2025-10-02', time: '' };
    expect(fillTitle('{body} {other} at {time} ', facts)).toBe('Board {other} at');
  });

  it('print {time} as councils do: 12-hour with a point', () => {
    expect(twelveHourTime('09:30')).toBe('9.30 am');
    expect(twelveHourTime('00:05')).toBe('12.05 am');
    expect(twelveHourTime('12:00')).toBe('12.00 pm');
    expect(twelveHourTime('23:59')).toBe('11.59 pm');
    expect(twelveHourTime('soon')).toBe('soon');
  });
});

describe('the built documents', () => {
  it('print the body’s minutes and agenda titles; the Time line stays 24-hour', () => {
    const archive = loadFixture();
    const { body, meeting } = meetingOf(archive);
    body.minutesTitle = council;
    body.agendaTitle = 'Agenda for the meeting of the {body} on {weekday} {date} at {time}';
    const minutes = buildMinutes(archive, meeting.id, 'public');
    expect(minutes.header.title).toBe(
      'Minutes of the meeting of the SEC Panel held on Thursday 10 March 2016 at 10.00 am',
    );
    expect(minutes.header.lines).toContain('Time: 10:00');
    expect(buildAgenda(archive, meeting.id, 'public').header.title).toBe(
      'Agenda for the meeting of the SEC Panel on Thursday 10 March 2016 at 10.00 am',
    );
  });

  it('pass the leak guard with a custom title, in DOCX and PDF', async () => {
    const archive = loadFixture();
    const { body, meeting } = meetingOf(archive);
    body.minutesTitle = 'Minutes of the {body} held on {weekday} {date} at {time}: public record';
    const document = buildMinutes(archive, meeting.id, 'public');
    for (const format of ['docx', 'pdf'] as const) {
      const findings = await writeMinutes(archive, meeting.id, document, format, await testFonts())
        .then(() => [])
        .catch((e: unknown) => {
          if (e instanceof LeakError) return e.findings;
          throw e;
        });
      expect(findings).toEqual([]);
    }
    expect(document.header.title).toBe(
      'Minutes of the SEC Panel held on Thursday 10 March 2016 at 10.00 am: public record',
    );
  });
});
