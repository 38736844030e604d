import { describe, expect, it, vi } from 'vitest';
import { buildAgenda, LeakError, writeMinutes } from '../../../src-renderer/minutes';
import { loadFixture, meetingOf } from './minutes-support';
import { testFonts } from './pdf-support';

// Redaction broken on purpose: the public variant shows every item in full, so the public
// agenda prints the presenters, paper references and sub-items of confidential items. The
// guard decides what is confidential on its own, so it still refuses.
vi.mock('../../../src-renderer/minutes/redact', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src-renderer/minutes/redact')>();
  return {
    ...real,
    redact: (...[body, meeting]: Parameters<typeof real.redact>) =>
      real.redact(body, meeting, 'confidential'),
  };
});

describe('the leak guard on the agenda, whatever redaction does', () => {
  it.each(['docx', 'pdf'] as const)(
    'refuses the public %s that a broken redaction filled with confidential items',
    async (format) => {
      const archive = loadFixture();
      const { meeting } = meetingOf(archive);
      const item2 = meeting.agendaItems.find((i) => i.title === 'Event of Default Update');
      if (!item2) throw new Error('the fixture has changed');
      // Inside the confidential item, flagged public: confidential all the same.
      meeting.agendaItems.push({
        ...item2,
        id: 'sub-2-1',
        parentId: item2.id,
        classification: 'public',
        title: 'Northwind Energy Supply Ltd remedy plan',
        presenter: 'Northwind Energy Supply Ltd',
        paperRefs: ['NW/2016/03'],
        publicSummary: '',
      });
      const document = buildAgenda(archive, meeting.id, 'public');
      const refused = await writeMinutes(archive, meeting.id, document, format, await testFonts())
        .then(() => null)
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(LeakError);
      const findings = (refused as LeakError).findings;
      expect(findings.map((f) => f.source.label)).toEqual(
        expect.arrayContaining([
          'a paper reference of item 2',
          'a paper reference of item 3',
          'the title of item 2.1',
          'the presenter of item 2.1',
          'a paper reference of item 2.1',
        ]),
      );
      // Nothing public says those.
      for (const finding of findings.filter((f) => f.source.key.startsWith('paper:')))
        expect(finding.acceptable).toBe(false);
      expect((refused as LeakError).message).toMatch(/^The public agenda was not produced: /);
    },
    60_000,
  );
});
