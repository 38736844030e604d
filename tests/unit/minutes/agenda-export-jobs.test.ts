import { describe, expect, it } from 'vitest';
import { rowsFromArchiveBody } from '../../../src-renderer/domain';
import {
  exportFileName,
  jobTitle,
  produceExports,
  type ExportJob,
  type JobOutcome,
} from '../../../src-renderer/features/export/produce';
import { loadFixture, meetingOf, readDocx } from './minutes-support';

/** The Documents screen's jobs (features/export/produce.ts) for the agenda, without the screen. */

const job = (document: 'minutes' | 'agenda', variant: 'confidential' | 'public'): ExportJob => ({
  document,
  variant,
  format: 'docx',
});

describe('the Documents screen’s agenda jobs', () => {
  it('name the files and the documents', () => {
    expect(exportFileName('SEC Panel', 30, { ...job('agenda', 'public'), format: 'pdf' })).toBe(
      'SEC Panel 30 agenda - public.pdf',
    );
    expect(exportFileName('SEC Panel', 30, job('agenda', 'confidential'))).toBe(
      'SEC Panel 30 agenda - confidential.docx',
    );
    // The minutes keep their names.
    expect(exportFileName('SEC Panel', 30, { ...job('minutes', 'public'), format: 'pdf' })).toBe(
      'SEC Panel 30 minutes - public.pdf',
    );
    // Through safeFileName: nothing that disguises or breaks a name.
    expect(exportFileName('A/B \u202Egnp.exe', 7, job('agenda', 'public'))).toBe(
      'A B gnp.exe 7 agenda - public.docx',
    );
    expect(jobTitle({ ...job('agenda', 'public'), format: 'pdf' })).toBe('Public agenda, PDF');
    expect(jobTitle(job('minutes', 'confidential'))).toBe('Confidential minutes, Word (DOCX)');
  });

  it('produce the agenda and the minutes of the same variant, each its own document', async () => {
    const archive = loadFixture();
    const { body, meeting } = meetingOf(archive);
    const outcomes: JobOutcome[] = [];
    const jobs = [job('agenda', 'public'), job('minutes', 'public'), job('agenda', 'confidential')];
    await produceExports(rowsFromArchiveBody(body), meeting.id, jobs, (i, outcome) => {
      outcomes[i] = outcome;
    });
    const done = outcomes.map((o) => (o.status === 'done' ? o : null));
    expect(done.map((o) => o?.fileName)).toEqual([
      'SEC Panel 30 agenda - public.docx',
      'SEC Panel 30 minutes - public.docx',
      'SEC Panel 30 agenda - confidential.docx',
    ]);
    const titles = await Promise.all(
      done.map(async (o) => (o ? (await readDocx(o.bytes)).paragraphs[1] : undefined)),
    );
    expect(titles).toEqual([
      'Agenda of Meeting 30',
      'Minutes of Meeting 30',
      'Agenda of Meeting 30',
    ]);
  }, 60_000);

  it('report a public agenda the leak guard refused, with its findings', async () => {
    const archive = loadFixture();
    const { body, meeting } = meetingOf(archive);
    const item5 = meeting.agendaItems.find((i) => i.title.startsWith('Impacts'));
    if (!item5) throw new Error('the fixture has changed');
    item5.paperRefs = ['SECP_30_1003_03'];
    const outcomes: JobOutcome[] = [];
    await produceExports(
      rowsFromArchiveBody(body),
      meeting.id,
      [job('agenda', 'public')],
      (i, o) => {
        outcomes[i] = o;
      },
    );
    const [refused] = outcomes;
    if (refused?.status !== 'refused') throw new Error('the agenda was not refused');
    expect(refused.message).toMatch(/^The public agenda was not produced\. /);
    expect(refused.findings.map((f) => [f.source.label, f.places.map((p) => p.label)])).toEqual([
      ['a paper reference of item 3', ['a paper reference of item 5']],
    ]);
  }, 60_000);
});
