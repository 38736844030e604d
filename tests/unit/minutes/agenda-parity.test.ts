import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../../src-renderer/domain';
import {
  buildAgenda,
  renderDocx,
  renderPdf,
  type MinutesDocument,
} from '../../../src-renderer/minutes';
import { convertWithLibreOffice, loadFixture, meetingOf } from './minutes-support';
import { testFonts } from './pdf-support';

/**
 * The agenda's DOCX, as LibreOffice renders it, and its PDF say the same words in the same
 * order, row by row, as the minutes' two formats do (docx-pdf-parity.test.ts): both read with
 * pdftotext in content order within the body of each page, hyphens dropped, a table header
 * row repeated on a new page left out.
 */

const run = promisify(execFile);

async function bodyWords(pdf: string): Promise<string[]> {
  const { stdout } = await run(
    'pdftotext',
    ['-raw', '-enc', 'UTF-8', '-x', '0', '-y', '58', '-W', '600', '-H', '728', pdf, '-'],
    { timeout: 60_000 },
  );
  return stdout
    .replace(/-[ \t]*\n\s*/g, '-')
    .replace(/-/g, '')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** The words with the table's header row left out wherever it stands. */
function withoutHeaderRow(words: readonly string[], doc: MinutesDocument): string[] {
  const [table] = doc.blocks;
  const header = table?.kind === 'table' ? table.columns.map((c) => c.title) : [];
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    if (header.every((w, j) => words[i + j] === w)) i += header.length;
    else out.push(words[i++] as string);
  }
  return out;
}

/** The reference meeting with sub-items (one confidential), a deferred item and an unplanned one. */
function archive(): Archive {
  const archive = loadFixture();
  const { meeting } = meetingOf(archive);
  const top = meeting.agendaItems.filter((i) => i.parentId === null);
  const [item2, item4, item7, item9] = [top[1], top[3], top[6], top[8]];
  if (!item2 || !item4 || !item7 || !item9) throw new Error('the fixture has changed');
  const sub = { ...item4, parentId: item4.id, publicSummary: '', paperRefs: [] };
  meeting.agendaItems.push(
    { ...sub, id: 's1', position: 'a0', title: 'Appendix A principles', plannedMinutes: 5 },
    { ...sub, id: 's2', position: 'a1', title: 'Appendix B template', plannedMinutes: null },
    {
      ...sub,
      id: 's3',
      parentId: item2.id,
      position: 'a0',
      title: 'Remedy plan',
      presenter: 'Northwind Energy',
      paperRefs: ['NW-1', 'NW-2'],
    },
  );
  item7.status = 'deferred';
  item9.plannedMinutes = null;
  return archive;
}

describe.each(['confidential', 'public'] as const)('the %s agenda in DOCX and PDF', (variant) => {
  it('says the same words in the same order', async () => {
    const source = archive();
    const doc = buildAgenda(source, meetingOf(source).meeting.id, variant);
    const dir = mkdtempSync(join(tmpdir(), 'agenda-parity-'));
    const pdf = join(dir, 'agenda.pdf');
    writeFileSync(pdf, (await renderPdf(doc, await testFonts())).bytes);
    const docx = await convertWithLibreOffice(await renderDocx(doc), `agenda-${variant}`);
    const fromPdf = withoutHeaderRow(await bodyWords(pdf), doc);
    const fromDocx = withoutHeaderRow(await bodyWords(docx), doc);
    expect(fromDocx.join(' ')).toBe(fromPdf.join(' '));
    const said = fromPdf.join(' ');
    expect(said).toMatch(/^SEC Panel Agenda of Meeting 30 Thursday 10 March 2016 Time: 10:00/);
    expect(said).toContain(
      '4.1 Appendix A principles SECAS 10:45 5 min 4.2 Appendix B template SECAS 10:50 5.',
    );
    expect(said).toContain(
      '7. Use of the Certified Products List by the DCC This item was deferred',
    );
    if (variant === 'confidential') {
      expect(said).toContain('2.1 Remedy plan CONFIDENTIAL Northwind Energy NW1 NW2 10:10');
    } else {
      expect(said).not.toContain('Remedy plan');
      expect(said).toContain('2. Event of Default Update The Panel were provided');
    }
  }, 180_000);
});
