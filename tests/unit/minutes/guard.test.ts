import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Archive, ArchiveMeeting, MinuteBlock } from '../../../src-renderer/domain';
import {
  acceptanceOf,
  buildMinutes,
  findingsIn,
  LeakError,
  writeMinutes,
  type Finding,
} from '../../../src-renderer/minutes';
import { docxUnits, guardWords, pdfUnits } from '../../../src-renderer/minutes/guard';
import { loadFixture, meetingOf } from './minutes-support';
import { testFonts } from './pdf-support';
import { docxText, pdfText, writtenFiles } from './written';

// The leak guard over the files themselves: what the written DOCX and PDF carry is compared
// with the meeting's confidential texts after both are normalised.

const secret = 'Northwind Energy Supply Ltd remained in default of its payments of Charges';

/** Adds a public paragraph to item `n` of the reference meeting. */
function addParagraph(
  meeting: ArchiveMeeting,
  n: number,
  text: string,
  id = `extra-${text.length}`,
) {
  const item = meeting.agendaItems.filter((i) => i.parentId === null)[n - 1];
  if (!item) throw new Error('the fixture has changed');
  const block: MinuteBlock = {
    id,
    meetingId: meeting.id,
    itemId: item.id,
    position: 'zz',
    confidential: false,
    kind: 'paragraph',
    text,
    createdAt: meeting.createdAt,
    updatedAt: meeting.createdAt,
    updatedBy: 'SECAS',
  };
  meeting.minuteBlocks.push(block);
  return block;
}

/** The findings that refuse the public minutes in one format, or [] when they are written. */
async function refusal(archive: Archive, format: 'docx' | 'pdf'): Promise<readonly Finding[]> {
  const { meeting } = meetingOf(archive);
  const document = buildMinutes(archive, meeting.id, 'public');
  try {
    await writeMinutes(archive, meeting.id, document, format, await testFonts());
    return [];
  } catch (error) {
    if (error instanceof LeakError) return error.findings;
    throw error;
  }
}

describe('how the guard reads text', () => {
  it('folds case, compatibility forms, invisible characters, accents and punctuation alike', () => {
    const plain = guardWords('Société Générale remained in default, of its payments.');
    const variants = [
      'SOCIÉTÉ GÉNÉRALE REMAINED IN DEFAULT OF ITS PAYMENTS',
      'Soci\u0065\u0301t\u0065\u0301 G\u0065\u0301n\u0065\u0301rale remained in default of its payments',
      'Société\u00a0Générale re\u00admained in\u200b default \u2014 of\n\n its pay\u200dments',
      'Ｓｏｃｉéｔé Générale remained\tin default of its payments!!!',
    ];
    for (const text of variants) expect(guardWords(text)).toEqual(plain);
    expect(guardWords('STRASSE')).toEqual(guardWords('straße'));
  });

  it('reads every part of a DOCX — body, tables, header, footer and properties', async () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    const files = await writtenFiles(archive, meeting.id, 'public');
    const units = await docxUnits(files.docx);
    const parts = new Set(units.map((u) => u.part));
    for (const part of ['word/document.xml', 'docProps/core.xml']) expect(parts).toContain(part);
    expect([...parts].some((p) => /^word\/header\d*\.xml$/.test(p))).toBe(true);
    expect([...parts].some((p) => /^word\/footer\d*\.xml$/.test(p))).toBe(true);
    const text = units.map((u) => u.text).join('\n');
    expect(text).toContain('SECP20/04, 23/08 & 28/06');
    expect(text).toContain('SEC Panel Meeting 30 Minutes');
  });

  it('reads every string drawn on a PDF page and its stored properties', async () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    const document = buildMinutes(archive, meeting.id, 'public');
    const pdf = await writeMinutes(archive, meeting.id, document, 'pdf', await testFonts());
    const units = await pdfUnits(pdf.pages, pdf.bytes);
    const text = units.map((u) => u.text).join(' ');
    expect(text).toContain('Page 1 of');
    expect(units.some((u) => u.part === 'the PDF properties' && u.text.includes('Meeting 30')));
    expect(units.filter((u) => u.part === 'the PDF properties').map((u) => u.text)).toContain(
      'SEC Panel Meeting 30 Minutes',
    );
  });
});

describe('the reference meeting', () => {
  it('writes public DOCX and PDF with no refusal and none of its confidential markers', async () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    const files = await writtenFiles(archive, meeting.id, 'public');
    const text = `${await docxText(files.docx)}\n${pdfText(files.pdf)}`;
    expect(text).toContain('Privacy Assessment');
    expect(text).not.toMatch(/CANARY/);
  });
});

describe('confidential wording repeated in a public place', () => {
  const forms: [string, (s: string) => string][] = [
    ['as typed', (s) => s],
    ['upper-cased', (s) => s.toUpperCase()],
    ['with non-breaking spaces', (s) => s.replaceAll(' ', '\u00a0')],
    ['with soft hyphens', (s) => s.replace(/(\p{L}{3})(\p{L}{3})/gu, '$1\u00ad$2')],
    ['with zero-width spaces', (s) => s.replace(/(\p{L})(\p{L})/gu, '$1\u200b$2')],
    ['with punctuation between words', (s) => s.replaceAll(' ', ' — ')],
  ];
  for (const [name, form] of forms) {
    it(`is refused in both formats, ${name}, naming both places`, async () => {
      const archive = loadFixture();
      addParagraph(meetingOf(archive).meeting, 7, `As noted, ${form(secret)} at the time.`);
      for (const format of ['docx', 'pdf'] as const) {
        const findings = await refusal(archive, format);
        expect(findings.length, format).toBeGreaterThan(0);
        const finding = findings.find((f) => f.source.label === 'paragraph 1 of item 2');
        expect(finding?.acceptable).toBe(true);
        expect(finding?.places.map((p) => p.label)).toEqual(['paragraph 2 of item 7']);
        // The windows after "of" are mostly small words, so the passage named ends there.
        expect(finding?.message).toBe(
          'Paragraph 2 of item 7 repeats \u201cnorthwind energy supply ltd remained in default of\u201d from paragraph 1 of item 2, which is confidential.',
        );
      }
    });
  }

  it('is refused when decomposed accents hide it', async () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    const item2 = meeting.minuteBlocks.find((b) => b.kind === 'paragraph' && b.confidential);
    if (item2?.kind !== 'paragraph') throw new Error('the fixture has changed');
    item2.text = 'La Société Générale a été déclarée défaillante envers le DCC.';
    addParagraph(
      meeting,
      7,
      'La Société Générale a été déclarée défaillante envers le DCC.'.normalize('NFD'),
    );
    for (const format of ['docx', 'pdf'] as const)
      expect((await refusal(archive, format)).length, format).toBeGreaterThan(0);
  });

  it('is refused when cut over two paragraphs', async () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    addParagraph(meeting, 7, 'Northwind Energy Supply Ltd', 'first-half');
    addParagraph(meeting, 7, 'remained in default.', 'second-half');
    for (const format of ['docx', 'pdf'] as const) {
      const findings = await refusal(archive, format);
      expect(
        findings.map((f) => f.places.map((p) => p.label)),
        format,
      ).toContainEqual(['paragraph 2 of item 7', 'paragraph 3 of item 7']);
    }
  });

  it('may be accepted; the acceptance lapses when either text changes', async () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    const pasted = addParagraph(meeting, 7, `As noted, ${secret}.`);
    const findings = await refusal(archive, 'docx');
    expect(findings.length).toBeGreaterThan(0);
    meeting.acceptedFindings = findings.map((f) => acceptanceOf(f, meeting.createdAt, 'SECAS'));
    expect(await refusal(archive, 'docx')).toEqual([]);
    expect(await refusal(archive, 'pdf')).toEqual([]);

    pasted.text = `As noted at length, ${secret}.`;
    expect((await refusal(archive, 'docx')).length).toBeGreaterThan(0);
    pasted.text = `As noted, ${secret}.`;
    expect(await refusal(archive, 'docx')).toEqual([]);
    const source = meeting.minuteBlocks.find(
      (b) => b.kind === 'paragraph' && b.text.includes('remained in default'),
    );
    if (source?.kind !== 'paragraph') throw new Error('the fixture has changed');
    source.text = `${source.text} More was said.`;
    expect((await refusal(archive, 'docx')).length).toBeGreaterThan(0);
  });
});

describe('wording the writers print around public texts', () => {
  it('is never a finding: headings with their numbers, dates, "OWNER to", reference lists', async () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    const action = archive.bodies[0]?.actions.find((a) => a.reference === 'SECP30/01');
    if (!action) throw new Error('the fixture has changed');
    action.owner = 'Smart Energy Code Administrator Secretariat';
    const confidential = meeting.minuteBlocks.find((b) => b.kind === 'paragraph' && b.confidential);
    if (confidential?.kind !== 'paragraph') throw new Error('the fixture has changed');
    confidential.text = [
      'Under 4 Privacy Assessment — Decision Making Principles, heard on Thursday 10 March 2016,',
      'the Smart Energy Code Administrator Secretariat to look again,',
      'as SECP20/04, 23/08 & 28/06 had said, at the Defaulting Party.',
    ].join(' ');
    for (const format of ['docx', 'pdf'] as const)
      expect(await refusal(archive, format)).toEqual([]);
  });

  it('does not excuse confidential text printed where no public text says it', async () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    const files = await writtenFiles(archive, meeting.id, 'public');
    // The same file with a confidential sentence in its properties and its page header.
    const zip = await JSZip.loadAsync(files.docx);
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    zip.file('docProps/core.xml', core.replace(/<dc:subject>[^<]*/, `<dc:subject>${secret}`));
    const docx = await zip.generateAsync({ type: 'uint8array' });
    const found = findingsIn(archive, meeting.id, await docxUnits(docx));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ acceptable: false, places: [], part: 'docProps/core.xml' });
    expect(found[0]?.message).toMatch(/^Paragraph 1 of item 2 is confidential, but its words/);

    const pdf = await PDFDocument.load(files.pdf);
    pdf.setKeywords([secret]);
    const bytes = await pdf.save();
    const document = buildMinutes(archive, meeting.id, 'public');
    const laid = await writeMinutes(archive, meeting.id, document, 'pdf', await testFonts());
    const pdfFound = findingsIn(archive, meeting.id, await pdfUnits(laid.pages, bytes));
    expect(pdfFound.map((f) => f.part)).toEqual(['the PDF properties']);
  });
});

describe('what counts as wording worth looking for', () => {
  it('an amount and a date pasted into a public paragraph are found; a formula is not', async () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    addParagraph(meeting, 7, 'The sum was £412,650 outstanding at 29th February 2016 in all.');
    const findings = await refusal(archive, 'docx');
    expect(findings.map((f) => f.phrase)).toContain('412 650 outstanding at 29th february 2016');

    const formula = loadFixture();
    // The confidential action says "… to the April 2016 Panel meeting", as public items do.
    addParagraph(
      meetingOf(formula).meeting,
      7,
      'A report will come to the April 2016 Panel meeting.',
    );
    expect(await refusal(formula, 'docx')).toEqual([]);
  });
});
