import { describe, expect, it, vi } from 'vitest';
import { LeakError } from '../../../src-renderer/minutes';
import { guardSources } from '../../../src-renderer/minutes/guard';
import { loadFixture, meetingOf } from './minutes-support';
import { writtenFiles } from './written';

// Redaction broken on purpose: the public variant shows everything but the decisions flagged
// confidential, so confidential items, their paragraphs and their actions are printed in full.
// The guard decides what is confidential on its own, so it still refuses.
vi.mock('../../../src-renderer/minutes/redact', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src-renderer/minutes/redact')>();
  return {
    ...real,
    redact: (...[body, meeting]: Parameters<typeof real.redact>) =>
      real.redact(body, meeting, 'confidential'),
  };
});

describe('the leak guard, whatever redaction does', () => {
  it('refuses public files that a broken redaction filled with confidential text; no finding may be accepted', async () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    const refused = await writtenFiles(archive, meeting.id, 'public').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LeakError);
    const findings = (refused as LeakError).findings;
    expect(findings.length).toBeGreaterThan(5);
    expect(findings.every((f) => !f.acceptable && f.places.length === 0)).toBe(true);
    expect(findings.map((f) => f.source.label)).toContain('paragraph 1 of item 2');
  });

  it('finds what lies inside a confidential item although no flag of its own says so', async () => {
    const archive = loadFixture();
    const { body, meeting } = meetingOf(archive);
    const item2 = meeting.agendaItems.find((i) => i.title === 'Event of Default Update');
    if (!item2) throw new Error('the fixture has changed');
    const sub = { ...item2, id: 'sub-2-1', parentId: item2.id, classification: 'public' as const };
    meeting.agendaItems.push({ ...sub, title: 'Northwind' });
    meeting.minuteBlocks.push({
      id: 'sub-2-1-p1',
      meetingId: meeting.id,
      itemId: sub.id,
      position: 'a0',
      confidential: false,
      kind: 'paragraph',
      text: 'Northwind Energy Supply Ltd remained in default of its charges.',
      createdAt: sub.createdAt,
      updatedAt: sub.updatedAt,
      updatedBy: sub.updatedBy,
    });
    const { confidential } = guardSources(body, meeting);
    expect(confidential.map((c) => [c.place.label, c.text])).toEqual(
      expect.arrayContaining([
        [
          'paragraph 1 of item 2.1',
          'Northwind Energy Supply Ltd remained in default of its charges.',
        ],
        ['the title of item 2.1', 'Northwind'],
      ]),
    );
    // A title of one word is looked for as a whole heading: printed, it is refused.
    const refused = await writtenFiles(archive, meeting.id, 'public').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LeakError);
    expect((refused as LeakError).findings.map((f) => f.source.label)).toEqual(
      expect.arrayContaining(['the title of item 2.1', 'paragraph 1 of item 2.1']),
    );
  });
});
