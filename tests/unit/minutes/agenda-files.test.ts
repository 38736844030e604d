import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { AgendaItem, Archive } from '../../../src-renderer/domain';
import { buildAgenda, writeMinutes, type Variant } from '../../../src-renderer/minutes';
import { loadFixture, meetingOf, readDocx } from './minutes-support';
import { savePageImages, testFonts } from './pdf-support';
import { docxText, pdfText } from './written';

/**
 * The agenda as files: the reference agenda read back as a reader reads it, and an agenda of
 * 120 items with sub-items nine deep, long titles and any Unicode written as valid DOCX (every
 * XML part well-formed) and PDF (loaded, read back, its missing glyphs named).
 */

/** Every XML part of a DOCX parsed strictly: the parts that are not well-formed. */
async function xmlErrors(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const errors: string[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(entry.name)) continue;
    const parser = new SaxesParser();
    parser.on('error', (error) => errors.push(`${entry.name}: ${error.message}`));
    parser.write(await entry.async('string')).close();
  }
  return errors;
}

async function written(archive: Archive, variant: Variant) {
  const { meeting } = meetingOf(archive);
  const document = buildAgenda(archive, meeting.id, variant);
  const docx = await writeMinutes(archive, meeting.id, document, 'docx');
  const pdf = await writeMinutes(archive, meeting.id, document, 'pdf', await testFonts());
  return { document, docx: docx.bytes, pdf };
}

const awkward = [
  'Dŵr a thŷ — Ελληνικά — Кириллица',
  'تقرير لجنة الأمن',
  'דו״ח ועדת הביטחון',
  'Visit of the 中文 delegation 📅',
  'Cafe\u0301 <&> "quoted" \'single\' \u202Eevil\u202C \u0007bell \uD800half',
  `A very long title ${'that goes on and on '.repeat(150)}end`,
];

/** The reference meeting grown to 120 top-level items, with a chain of sub-items nine deep. */
function largeArchive(): Archive {
  const archive = loadFixture();
  const { meeting } = meetingOf(archive);
  const template = meeting.agendaItems[0] as AgendaItem;
  const make = (id: string, parentId: string | null, position: string, n: number): AgendaItem => ({
    ...template,
    id,
    parentId,
    position,
    title: `${awkward[n % awkward.length] ?? ''} (${id})`,
    presenter: n % 7 === 0 ? 'Ένας παρουσιαστής' : 'SECAS',
    paperRefs: [`SECP_30_${String(n).padStart(4, '0')}`, `Annex ${String(n)}`],
    classification: n % 11 === 0 ? 'confidential' : 'public',
    publicSummary: n % 11 === 0 ? `Summary of item ${String(n)}.` : '',
    plannedMinutes: n % 5 === 0 ? null : 10,
    kind: 'standard',
    status: 'pending',
  });
  for (let n = 26; n <= 120; n++)
    meeting.agendaItems.push(make(`big-${String(n)}`, null, `z${String(n).padStart(3, '0')}`, n));
  let parent = 'big-30';
  for (let depth = 1; depth <= 9; depth++) {
    const id = `deep-${String(depth)}`;
    meeting.agendaItems.push(make(id, parent, 'a0', 200 + depth));
    parent = id;
  }
  return archive;
}

describe('the agenda written', () => {
  it('reads back as the reference agenda in both formats', async () => {
    const archive = loadFixture();
    const files = await written(archive, 'confidential');
    // Words as read, whatever the line breaks inside a cell.
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const docx = flat(await docxText(files.docx));
    const pdf = flat(pdfText(files.pdf.bytes));
    for (const text of [docx, pdf]) {
      for (const expected of [
        'Agenda of Meeting 30',
        'Thursday 10 March 2016',
        'Privacy Assessment — Decision Making Principles',
        'SECP_30_1003_04',
        '10:45',
        '15 min',
        'CONFIDENTIAL',
        'DCC CIO',
        'SEC Panel Meeting 30 Agenda',
      ])
        expect(text).toContain(expected);
    }
    // The PDF's title, and the row of item 4 in the order it is read.
    expect(pdf).toMatch(/Title: SEC Panel Meeting 30 Agenda/);
    expect(pdf).toContain(
      '4. Privacy Assessment — Decision Making Principles SECAS SECP_30_1003_04 10:45 15 min',
    );
    const { paragraphs } = await readDocx(files.docx);
    expect(paragraphs).toContain('Event of Default Update');
    expect(paragraphs).toContain('CONFIDENTIAL');
    expect(paragraphs).toContain('10:10\n15 min');
  }, 60_000);

  it('sets a sub-item in from its parent and the mark in bold, in both formats', async () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    const item4 = meeting.agendaItems.find((i) => i.title.startsWith('Privacy'));
    if (!item4) throw new Error('the fixture has changed');
    meeting.agendaItems.push({ ...item4, id: 'sub', parentId: item4.id, title: 'Appendix A' });
    const files = await written(archive, 'confidential');
    const ops = files.pdf.pages
      .flatMap((p) => p.body)
      .flatMap((op) => (op.kind === 'text' ? [op] : []));
    const x = (text: string) => ops.find((op) => op.text === text)?.x ?? Number.NaN;
    expect(x('Appendix A') - x('Privacy Assessment — Decision')).toBeCloseTo(10, 5);
    expect(ops.find((op) => op.text === 'CONFIDENTIAL')?.face).toBe('bold');
    expect(ops.find((op) => op.text === 'Appendix A')?.face).toBe('regular');
    const xml = (await readDocx(files.docx)).files['word/document.xml'] ?? '';
    // Set in by 10 pt: 200 twentieths of a point.
    expect(xml).toMatch(/<w:ind w:left="200"\/>(?:(?!<\/w:p>).)*Appendix A/);
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:p>).)*>CONFIDENTIAL</);
  }, 60_000);

  it.each(['confidential', 'public'] as const)(
    'writes 120 items, sub-items nine deep, long titles and any Unicode as valid files (%s)',
    async (variant) => {
      const archive = largeArchive();
      const files = await written(archive, variant);
      if (variant === 'confidential') savePageImages(files.pdf.bytes, 'agenda-large');
      expect(await xmlErrors(files.docx)).toEqual([]);
      const loaded = await PDFDocument.load(files.pdf.bytes);
      expect(loaded.getPageCount()).toBe(files.pdf.pages.length);
      expect(files.pdf.pages.length).toBeGreaterThan(8);
      // DejaVu has no Chinese and no emoji: said, not hidden.
      expect(files.pdf.missingCharacters).toEqual(expect.arrayContaining(['中', '文', '📅']));
      const pdf = pdfText(files.pdf.bytes);
      const docx = await docxText(files.docx);
      for (const text of [pdf, docx]) {
        expect(text).toContain('Ελληνικά');
        expect(text).toContain('SECP_30_0119');
        // The nine-deep item number takes width from the Time column: "(+1 day)" may wrap.
        expect(text.replace(/\s+/g, ' ')).toContain('(+1 day)');
        expect(text).not.toContain('\u0007');
      }
      const numbers = files.document.blocks.flatMap((b) =>
        b.kind === 'table' ? b.rows.map((r) => r[0]) : [],
      );
      expect(numbers.at(-1)).toBe('120.');
      if (variant === 'confidential') {
        expect(numbers).toContain('30.1.1.1.1.1.1.1.1.1');
        // Nine deep, the last sub-item still printed, marked as inside a confidential item.
        expect(pdf).toMatch(/\(deep-9\)\s+CONFIDENTIAL/);
      } else {
        // Item 33 is confidential: its reference never reaches the public files.
        expect(pdf).not.toContain('SECP_30_0033');
        expect(docx).not.toContain('SECP_30_0033');
        expect(pdf).toContain('Summary of item 33.');
      }
    },
    120_000,
  );
});
