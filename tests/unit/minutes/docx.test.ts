import { describe, expect, it, vi } from 'vitest';
import { buildMinutes, renderDocx, type MinutesDocument } from '../../../src-renderer/minutes';
import {
  convertWithLibreOffice,
  loadFixture,
  meetingOf,
  pdfText,
  readDocx,
  screenshotPages,
} from './minutes-support';
import { referenceActions, referenceDecisions, referencePostMeetingNote } from './reference';

function minutes(variant: 'confidential' | 'public', draft = false): MinutesDocument {
  const archive = loadFixture();
  const { meeting } = meetingOf(archive);
  if (draft) meeting.status = 'held';
  return buildMinutes(archive, meeting.id, variant);
}

/** Characters XML 1.0 may not carry. */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]|[\uFFFE\uFFFF]/u;

describe('the DOCX minutes', () => {
  it('confidential: every decision and every action of the reference, read back from the XML', async () => {
    const { paragraphs } = await readDocx(await renderDocx(minutes('confidential')));
    for (const line of Object.values(referenceDecisions).flat()) expect(paragraphs).toContain(line);
    for (const action of referenceActions) expect(paragraphs).toContain(action);
    expect(paragraphs).toContain(`Post Meeting Note: ${referencePostMeetingNote}`);
    expect(paragraphs).toContain('4.\tPrivacy Assessment — Decision Making Principles');
    expect(paragraphs).toContain('SECP20/04, 23/08 & 28/06');
    expect(paragraphs.join('\n')).toContain('CANARY-');
  });

  it('public: no CANARY- in the body, tables, headers, footers or metadata', async () => {
    const { files, paragraphs } = await readDocx(await renderDocx(minutes('public')));
    const names = Object.keys(files);
    expect(names).toEqual(expect.arrayContaining(['word/document.xml', 'docProps/core.xml']));
    expect(names.some((n) => /^word\/header\d*\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /^word\/footer\d*\.xml$/.test(n))).toBe(true);
    for (const [name, text] of Object.entries(files)) expect(text, name).not.toContain('CANARY-');
    for (const action of referenceActions) expect(paragraphs).toContain(action);
  });

  it('uses Word styles, and puts the label, DRAFT and Page X of Y on every page', async () => {
    const { files } = await readDocx(await renderDocx(minutes('public', true)));
    const body = files['word/document.xml'] ?? '';
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('<w:pStyle w:val="ListBullet"/>');
    expect(body).toContain('<w:numPr>');
    expect(body).toContain('<w:tblStyle w:val="MinutesTable"/>');
    expect(body).toContain('<w:tblHeader/>');
    expect(files['word/styles.xml']).toContain('w:styleId="MinutesTable"');
    const header = Object.entries(files).find(([n]) => n.startsWith('word/header'))?.[1] ?? '';
    const footer = Object.entries(files).find(([n]) => n.startsWith('word/footer'))?.[1] ?? '';
    expect(header).toContain('PUBLIC — DRAFT');
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
    const core = files['docProps/core.xml'] ?? '';
    expect(core).toContain('<dc:title>SEC Panel Meeting 30 Minutes</dc:title>');
    expect(core).toContain('<dc:creator>SECAS</dc:creator>');
    expect(core).toContain(
      'Public minutes of the SEC Panel meeting held on Thursday 10 March 2016',
    );
    expect(core).toMatch(/<dcterms:created[^>]*>2000-01-01T00:00:00Z</);
    const approved = await readDocx(await renderDocx(minutes('confidential')));
    const top = Object.entries(approved.files).find(([n]) => n.startsWith('word/header'))?.[1];
    expect(top).toContain('CONFIDENTIAL');
    expect(top).not.toContain('DRAFT');
  });

  it('gives the same bytes for the same minutes, whenever they are written', async () => {
    const first = await renderDocx(minutes('confidential'));
    // A day later by the clock (zip entries and document properties carry times).
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 86_400_000 + 1_234);
      const second = await renderDocx(minutes('confidential'));
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes valid XML whatever was typed: U+FFFE, controls, lone surrogates', async () => {
    const doc = minutes('confidential');
    const odd =
      'Bell\u0007 form\u000C feed, U+FFFE \uFFFE, U+FFFF \uFFFF, \uFDD0, lone \uD800 half, 😀 ŵ ŷ Ελληνικά Кириллица';
    doc.blocks.push({ kind: 'paragraph', text: `${odd}\twith tab\r\nand CRLF` });
    doc.blocks.push({
      kind: 'table',
      caption: odd,
      columns: [{ title: odd, width: 1 }],
      rows: [[odd]],
    });
    doc.metadata.title = odd;
    const bytes = await renderDocx(doc);
    const { files, paragraphs } = await readDocx(bytes);
    for (const [name, text] of Object.entries(files)) expect(notXml.test(text), name).toBe(false);
    expect(paragraphs).toContain(
      'Bell form feed, U+FFFE , U+FFFF , , lone  half, 😀 ŵ ŷ Ελληνικά Кириллица\twith tab\nand CRLF',
    );
    await convertWithLibreOffice(bytes, 'odd-text');
  }, 120_000);

  it('keeps short table rows whole and lets a row longer than a page break, losing no line', async () => {
    const update = Array.from({ length: 400 }, (_, i) => `Sentence ${i + 1} of the update.`);
    const doc = minutes('confidential');
    doc.blocks.push({
      kind: 'table',
      caption: 'Long update',
      columns: [
        { title: 'Action Reference', width: 0.25 },
        { title: 'Update', width: 0.75 },
      ],
      rows: [
        ['SECP22/04', update.join(' ')],
        ['SECP22/08', 'Closed.'],
      ],
    });
    const bytes = await renderDocx(doc);
    const xml = (await readDocx(bytes)).files['word/document.xml'] ?? '';
    const rows = xml.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
    const long = rows.filter((row) => row.includes('Sentence 1 of'));
    expect(long).toHaveLength(1);
    expect(long[0]).not.toContain('<w:cantSplit/>');
    // Every other row (header rows and the reference's own rows) may not break.
    const others = rows.filter((row) => !row.includes('Sentence 1 of'));
    expect(others.length).toBeGreaterThan(10);
    for (const row of others) expect(row).toContain('<w:cantSplit/>');
    // The page furniture and the repeated header row stand between the pieces of the row.
    const text = (await pdfText(await convertWithLibreOffice(bytes, 'long-row')))
      .replace(/\s+/g, ' ')
      .replace(/CONFIDENTIAL Page \d+ of \d+ CONFIDENTIAL Action Reference Update /g, '');
    const found = [...text.matchAll(/Sentence (\d+) of/g)].map((m) => Number(m[1]));
    expect(found).toEqual(update.map((_, i) => i + 1));
  }, 120_000);

  it('opens in LibreOffice, which converts it to PDF; the pages are saved to look at', async () => {
    const pdf = await convertWithLibreOffice(await renderDocx(minutes('confidential')), 'minutes');
    const text = await pdfText(pdf);
    expect(text).toContain('Privacy Assessment');
    expect(text).toMatch(/Page 1 of \d+/);
    const pages = await screenshotPages(pdf, 'docx');
    expect(pages.length).toBeGreaterThan(3);
  }, 120_000);
});
