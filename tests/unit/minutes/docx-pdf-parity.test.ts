import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  buildMinutes,
  renderDocx,
  renderPdf,
  type MinutesDocument,
  type Variant,
} from '../../../src-renderer/minutes';
import { headingNumber } from '../../../src-renderer/minutes/house-style';
import { convertWithLibreOffice, loadFixture, meetingOf } from './minutes-support';
import { testFonts } from './pdf-support';

/**
 * The DOCX, as LibreOffice renders it, and the PDF say the same words in the same order, item
 * by item. Both PDFs are read with pdftotext in content order (-raw) within the body area of
 * each page, so that the running head and foot and the page breaks (which differ with the
 * fonts: Arial in Word, DejaVu Sans in the PDF) do not count; hyphens are dropped (a line may
 * break after one in one file and not the other) and a table header row repeated on a new
 * page is left out. The running head and foot are compared on their own.
 */

const run = promisify(execFile);

/**
 * The text pdftotext reads in a band of each page (points from the top), content order; of
 * the first page only when `firstPage`.
 */
async function textIn(pdf: string, top: number, height: number, firstPage = false) {
  const { stdout } = await run(
    'pdftotext',
    [
      ...(firstPage ? ['-f', '1', '-l', '1'] : []),
      '-raw',
      '-enc',
      'UTF-8',
      '-x',
      '0',
      '-y',
      String(top),
      '-W',
      '600',
      '-H',
      String(height),
      pdf,
      '-',
    ],
    { timeout: 60_000 },
  );
  return stdout;
}

/** The body of every page: below the running head (≈ 50 pt) and above the foot (≈ 795 pt). */
const bodyText = (pdf: string) => textIn(pdf, 58, 728);

/** Words, with line-end hyphenation joined and hyphens dropped; bullets are not words. */
function words(text: string): string[] {
  return text
    .replace(/-[ \t]*\n\s*/g, '-')
    .replace(/-/g, '')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== '•');
}

/** The words with every table header row left out: one may be repeated on a new page. */
function withoutHeaderRows(list: readonly string[], doc: MinutesDocument): string[] {
  const rows = doc.blocks.flatMap((b) =>
    b.kind === 'table' ? [words(b.columns.map((c) => c.title).join(' '))] : [],
  );
  const out: string[] = [];
  for (let i = 0; i < list.length;) {
    const row = rows.find((r) => r.every((w, j) => list[i + j] === w));
    if (row) i += row.length;
    else out.push(list[i++] as string);
  }
  return out;
}

/** The headings of the document, as their words: "4." "Privacy" … */
function headings(doc: MinutesDocument): { label: string; words: string[] }[] {
  return doc.blocks.flatMap((b) => {
    if (b.kind !== 'heading') return [];
    const label = `${headingNumber(b.level, b.number)} ${b.text}`.trim();
    return [{ label, words: words(label) }];
  });
}

/** The words under each heading, up to the next; what precedes the first heading as "title". */
function sections(list: readonly string[], doc: MinutesDocument): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let label = 'title';
  let from = 0;
  let at = 0;
  for (const heading of headings(doc)) {
    const found = indexOf(list, heading.words, at);
    if (found < 0) {
      out.set(heading.label, ['(heading not found)']);
      continue;
    }
    out.set(label, list.slice(from, found));
    label = heading.label;
    from = found + heading.words.length;
    at = from;
  }
  out.set(label, list.slice(from));
  return out;
}

function indexOf(list: readonly string[], run: readonly string[], from: number): number {
  for (let i = from; i + run.length <= list.length; i++) {
    if (run.every((w, j) => list[i + j] === w)) return i;
  }
  return -1;
}

/** The reference meeting as the issue saw it: item 11 deferred, still a draft. */
function reference(variant: Variant): MinutesDocument {
  const archive = loadFixture();
  const { meeting } = meetingOf(archive);
  meeting.status = 'held';
  const item11 = meeting.agendaItems.filter((i) => i.parentId === null)[10];
  if (item11 === undefined) throw new Error('the fixture has changed');
  item11.status = 'deferred';
  return buildMinutes(archive, meeting.id, variant);
}

async function bothFiles(doc: MinutesDocument, name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-parity-'));
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(pdf, (await renderPdf(doc, await testFonts())).bytes);
  const docx = await convertWithLibreOffice(await renderDocx(doc), name);
  return { pdf, docx };
}

describe.each(['confidential', 'public'] as const)('the %s DOCX and PDF', (variant) => {
  it('say the same words in the same order, item by item', async () => {
    const doc = reference(variant);
    const files = await bothFiles(doc, `parity-${variant}`);
    const fromPdf = sections(withoutHeaderRows(words(await bodyText(files.pdf)), doc), doc);
    const fromDocx = sections(withoutHeaderRows(words(await bodyText(files.docx)), doc), doc);
    expect([...fromDocx.keys()]).toEqual([...fromPdf.keys()]);
    expect(fromPdf.size).toBe(headings(doc).length + 1);
    for (const [label, said] of fromPdf) {
      expect(fromDocx.get(label)?.join(' '), label).toBe(said.join(' '));
    }
    // The words are those of the document: the deferred item says so, the title is shared.
    expect(fromPdf.get('11. Modification Proposals')?.slice(0, 8).join(' ')).toBe(
      'This item was deferred to a later meeting.',
    );
    expect(fromPdf.get('title')?.join(' ')).toMatch(/^SEC Panel Minutes of Meeting 30 Thursday/);
    if (variant === 'confidential') {
      expect(fromPdf.get('2. Event of Default Update')?.slice(0, 4).join(' ')).toBe(
        'CONFIDENTIAL Public summary: The',
      );
    }

    // The same running head and foot on the first page of both.
    const head = async (pdf: string) => words(await textIn(pdf, 0, 58, true)).join(' ');
    const foot = async (pdf: string) =>
      words(await textIn(pdf, 786, 56, true))
        .join(' ')
        .replace(/of \d+$/, 'of N');
    const label = variant === 'public' ? 'PUBLIC' : 'CONFIDENTIAL';
    expect(await head(files.pdf)).toBe(`${label} — DRAFT`);
    expect(await head(files.docx)).toBe(`${label} — DRAFT`);
    expect(await foot(files.pdf)).toBe(`${label} — DRAFT Page 1 of N`);
    expect(await foot(files.docx)).toBe(`${label} — DRAFT Page 1 of N`);
  }, 180_000);
});
