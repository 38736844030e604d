import { describe, expect, it } from 'vitest';
import { parseArchive, serializeArchive, type ArchiveMeeting } from '../../../src-renderer/domain';
import { archiveLimits } from '../../../src-renderer/domain/archive-limits';
import { archiveTextProblem } from '../../../src-renderer/domain/archive-scan';
import { generateArchive } from '../../../scripts/archive-gen/generate';

/** What the scan counts of a text: values of every kind, and records and lists among them. */
function tally(text: string): { values: number; containers: number } {
  let values = 0;
  let containers = 0;
  const walk = (value: unknown) => {
    values += 1;
    if (Array.isArray(value)) {
      containers += 1;
      for (const v of value) walk(v);
    } else if (typeof value === 'object' && value !== null) {
      containers += 1;
      for (const v of Object.values(value)) walk(v);
    }
  };
  walk(JSON.parse(text));
  return { values, containers };
}

describe('archive limits at scale: whatever the app writes, it reads back', () => {
  it('hold three fifteen-year bodies with half as much again to spare, and a forty-year body', () => {
    const archive = generateArchive({ years: 15, bodies: 1, seed: 1 });
    const text = serializeArchive(archive);
    expect(archiveTextProblem(text)).toBeNull();
    const [body] = archive.bodies;
    if (body === undefined) throw new Error('no body');
    expect(body.meetings).toHaveLength(180);
    // Three such bodies in one backup, and half as much again, are within the whole-file limits.
    const { values, containers } = tally(text);
    const room = 3 * 1.5;
    expect(text.length * room).toBeLessThan(archiveLimits.size);
    expect(values * room).toBeLessThan(archiveLimits.values);
    expect(containers * room).toBeLessThan(archiveLimits.containers);
    // The list limits are per body and per meeting: a body of forty years is within them.
    const years = 40 / 15;
    const lists = archiveLimits.lists;
    expect(body.meetings.length * years).toBeLessThan(lists['bodies.meetings']);
    expect(body.actions.length * years).toBeLessThan(lists['bodies.actions']);
    expect(body.actionUpdates.length * years).toBeLessThan(lists['bodies.actionUpdates']);
    expect(body.members.length).toBeLessThan(lists['bodies.members']);
    const most = (pick: (m: ArchiveMeeting) => unknown[]) =>
      Math.max(...body.meetings.map((m) => pick(m).length));
    expect(most((m) => m.minuteBlocks)).toBeLessThan(lists['bodies.meetings.minuteBlocks']);
    expect(most((m) => m.agendaItems)).toBeLessThan(lists['bodies.meetings.agendaItems']);
    expect(most((m) => m.attendance)).toBeLessThan(lists['bodies.meetings.attendance']);
  }, 180_000);

  it('still refuse a file of too many values before parsing it, saying so', () => {
    // 601 lists of 10,000 numbers: every list within its limit, the whole over 6,000,000.
    const list = `[${Array.from({ length: 10_000 }, () => '0').join(',')}]`;
    const text = `[${Array.from({ length: 601 }, () => list).join(',')}]`;
    expect(parseArchive(text)).toEqual({
      ok: false,
      errors: [
        'This archive holds more than 6,000,000 values (texts, numbers, records and lists); Minutebook reads at most that many. It was not read.',
      ],
    });
  });

  it('still refuse nesting past the limit and a text past a paragraph', () => {
    const deep = archiveLimits.depth + 1;
    expect(archiveTextProblem(`${'['.repeat(deep)}${']'.repeat(deep)}`)).toBe(
      'This archive nests deeper than any Minutebook archive (more than 64 levels). It was not read.',
    );
    const huge = `{"format":"${'x'.repeat(archiveLimits.text + 1)}"}`;
    expect(archiveTextProblem(huge)).toBe(
      'This archive has a text of 100,001 characters at format; Minutebook reads texts of at most 100,000 characters. It was not read.',
    );
  });

  it('count the size as the text will be written when that is given', () => {
    const text = '{"format":"minutebook-archive"}';
    expect(archiveTextProblem(text, archiveLimits.size)).toBeNull();
    expect(archiveTextProblem(text, archiveLimits.size + 1)).toMatch(
      /^The file is too large for an archive \(over \d+ MB\)\.$/,
    );
  });
});
