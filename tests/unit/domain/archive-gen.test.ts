import { describe, expect, it } from 'vitest';
import { parseArchive, serializeArchive, type Archive } from '../../../src-renderer/domain';
import { generateArchive } from '../../../scripts/archive-gen/generate';
import { buildMinutes, writeMinutes } from '../../../src-renderer/minutes';

/** Every id of an archive, at any depth: fields named `id`. */
function idsOf(archive: Archive): string[] {
  const ids: string[] = [];
  JSON.stringify(archive, (key, value: unknown) => {
    if (key === 'id' && typeof value === 'string') ids.push(value);
    return value;
  });
  return ids;
}

const sum = (archive: Archive, pick: (m: Archive['bodies'][0]['meetings'][0]) => unknown[]) =>
  archive.bodies.flatMap((b) => b.meetings).reduce((n, m) => n + pick(m).length, 0);

describe('the archive generator (npm run make-archive)', () => {
  it('gives the same file for the same seed, and another for another seed', () => {
    const one = serializeArchive(generateArchive({ years: 1, bodies: 1, seed: 7 }));
    expect(serializeArchive(generateArchive({ years: 1, bodies: 1, seed: 7 }))).toBe(one);
    expect(serializeArchive(generateArchive({ years: 1, bodies: 1, seed: 8 }))).not.toBe(one);
  }, 60_000);

  it('writes a year of monthly meetings of the size fifteen years are drawn from', () => {
    const archive = generateArchive({ years: 1, bodies: 1, seed: 1 });
    const [body] = archive.bodies;
    if (body === undefined) throw new Error('no body');
    expect(body.meetings.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(body.meetings.map((m) => m.date.slice(0, 7))).toContain('2025-12');
    // Per year: ~360 items, ~3,500 blocks, ~264 actions and ~600 updates (fewer in the first).
    expect(sum(archive, (m) => m.agendaItems)).toBeGreaterThan(300);
    expect(sum(archive, (m) => m.agendaItems)).toBeLessThan(430);
    expect(sum(archive, (m) => m.agendaItems.filter((i) => i.parentId !== null))).toBeGreaterThan(
      30,
    );
    expect(sum(archive, (m) => m.minuteBlocks)).toBeGreaterThan(2_800);
    expect(sum(archive, (m) => m.minuteBlocks)).toBeLessThan(4_000);
    expect(body.actions.length).toBeGreaterThan(220);
    expect(body.actions.length).toBeLessThan(310);
    expect(body.actionUpdates.length).toBeGreaterThan(250);
    expect(body.actions.some((a) => a.status === 'closed')).toBe(true);
    expect(body.actions.some((a) => a.status === 'open')).toBe(true);
    const blocks = body.meetings.flatMap((m) => m.minuteBlocks);
    const kinds = new Set(blocks.map((b) => b.kind));
    expect([...kinds].sort()).toEqual(['action', 'decisions', 'note', 'paragraph']);
    const items = body.meetings.flatMap((m) => m.agendaItems);
    expect(items.some((i) => i.classification === 'confidential' && i.publicSummary !== '')).toBe(
      true,
    );
    expect(blocks.some((b) => b.confidential)).toBe(true);
    const decisions = blocks.flatMap((b) => (b.kind === 'decisions' ? b.decisions : []));
    expect(decisions.some((d) => d.confidential)).toBe(true);
    expect(new Set(decisions.map((d) => d.verb)).size).toBeGreaterThan(5);
    expect(body.members.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Llŷr Jones', 'Zoë Müller', 'Σοφία Παπαδοπούλου']),
    );
    expect(sum(archive, (m) => m.attendance.filter((a) => a.memberId !== null))).toBeGreaterThan(
      12 * 10,
    );
    // Varied text: few paragraphs repeat.
    const texts = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(new Set(texts).size).toBeGreaterThan(texts.length * 0.95);
  }, 60_000);

  it('writes what the app reads, as it is: no error, nothing made confidential, the same text back', () => {
    const text = serializeArchive(generateArchive({ years: 1, bodies: 1, seed: 3 }));
    const read = parseArchive(text);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.notices).toEqual([]);
    expect(serializeArchive(read.archive)).toBe(text);
  }, 60_000);

  it('gives three bodies their own names, prefixes and ids', () => {
    const archive = generateArchive({ years: 1, bodies: 3, seed: 5 });
    expect(archive.bodies.map((b) => b.name).sort()).toEqual([
      'Audit and Risk Committee',
      'Change Board',
      'SEC Panel',
    ]);
    expect(new Set(archive.bodies.map((b) => b.actionPrefix)).size).toBe(3);
    const ids = idsOf(archive);
    expect(ids.length).toBeGreaterThan(3 * 3_000);
    expect(new Set(ids).size).toBe(ids.length);
    const read = parseArchive(serializeArchive(archive));
    expect(read.ok ? [] : read.errors).toEqual([]);
  }, 60_000);

  it('writes public minutes the leak guard lets through: confidential entries say their own words', async () => {
    const archive = generateArchive({ years: 1, bodies: 1, seed: 3 });
    const meetings = archive.bodies[0]?.meetings ?? [];
    const refused: string[] = [];
    for (const meeting of meetings) {
      const document = buildMinutes(archive, meeting.id, 'public');
      await writeMinutes(archive, meeting.id, document, 'docx').catch((error: unknown) =>
        refused.push(`${String(meeting.number)}: ${String(error)}`),
      );
    }
    expect(
      meetings.some((m) => m.agendaItems.some((i) => i.classification === 'confidential')),
    ).toBe(true);
    expect(refused).toEqual([]);
  }, 300_000);
});
