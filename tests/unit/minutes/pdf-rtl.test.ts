import fontkit, { type Font } from '@pdf-lib/fontkit';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { ArchiveMeeting, MinuteBlock } from '../../../src-renderer/domain';
import {
  buildMinutes,
  writeMinutes,
  type LaidOutPage,
  type Variant,
} from '../../../src-renderer/minutes';
import type { TextOp } from '../../../src-renderer/minutes/pdf/types';
import { loadFixture, meetingOf } from './minutes-support';
import { pdfToText, savePageImages, testFonts } from './pdf-support';

// Arabic and Hebrew in the PDF: drawn in reading order and shaped, so that the page reads
// right and pdftotext gives back what was typed; a script the font lacks is reported.

const fonts = await testFonts();
const regular = fontkit.create(fonts.regular);

const arabicTitle = 'بيان الأمانة العامة';
const hebrewTitle = 'עדכון הוועדה';
const mixed = 'The Panel noted بيان الأمانة for 2016 and שלום.';
const arabic = 'سلام عليكم، ناقش الفريق تقرير بيان للتخطيط في 2016 ووافق عليه.';
const hebrew = 'שלום עולם, הוועדה אישרה את התקציב לשנת 2016.';

function paragraph(meeting: ArchiveMeeting, n: number, text: string, id: string): MinuteBlock {
  const item = meeting.agendaItems.filter((i) => i.parentId === null)[n - 1];
  if (!item) throw new Error('the fixture has changed');
  return {
    id,
    meetingId: meeting.id,
    itemId: item.id,
    position: `zz${id}`,
    confidential: false,
    kind: 'paragraph',
    text,
    createdAt: meeting.createdAt,
    updatedAt: meeting.createdAt,
    updatedBy: 'SECAS',
  };
}

/** The reference meeting with Arabic and Hebrew item titles and paragraphs, written as a PDF. */
async function rtlMinutes(variant: Variant = 'public', extra: string[] = []) {
  const archive = loadFixture();
  const { meeting } = meetingOf(archive);
  const items = meeting.agendaItems.filter((i) => i.parentId === null);
  (items[6] as { title: string }).title = arabicTitle;
  (items[7] as { title: string }).title = hebrewTitle;
  const texts = [mixed, arabic, hebrew, 'سلام', ...extra];
  texts.forEach((text, i) => meeting.minuteBlocks.push(paragraph(meeting, 7, text, `rtl-${i}`)));
  const document = buildMinutes(archive, meeting.id, variant);
  return writeMinutes(archive, meeting.id, document, 'pdf', fonts);
}

/** A text the way pdftotext gives it: without the embedding marks it puts around RTL text. */
const extracted = (bytes: Uint8Array) => pdfToText(bytes).replace(/[\u202A-\u202E]/g, '');

interface Shown {
  /** The font resource named by Tf, "/DejaVuSans-1234". */
  font: string;
  x: number;
  y: number;
  /** The glyph codes shown, in content-stream (visual, left-to-right) order. */
  codes: number[];
}

const lookup = (pdf: PDFDocument, value: unknown) =>
  value instanceof PDFRef ? pdf.context.lookup(value) : value;

function streamBytes(pdf: PDFDocument, value: unknown): Uint8Array {
  const stream = lookup(pdf, value);
  if (!(stream instanceof PDFRawStream)) throw new Error('not a stream');
  return decodePDFRawStream(stream).decode();
}

/** A page's text-showing operations, and each font's ToUnicode map and embedded program. */
async function readPage(bytes: Uint8Array, index: number) {
  const pdf = await PDFDocument.load(bytes);
  const page = pdf.getPage(index);
  const contents = lookup(pdf, page.node.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
  const content = streams
    .map((s) => new TextDecoder('latin1').decode(streamBytes(pdf, s)))
    .join('\n');
  const shown: Shown[] = [];
  for (const match of content.matchAll(
    /BT (\/\S+) [\d.]+ Tf [\d.]+ g ([\d.]+) ([\d.]+) Td (.*?) ET/g,
  )) {
    const hex = [...(match[4] ?? '').matchAll(/<([0-9a-f]+)>/gi)].map((m) => m[1] ?? '').join('');
    const codes = (hex.match(/.{4}/g) ?? []).map((code) => parseInt(code, 16));
    shown.push({ font: match[1] ?? '', x: Number(match[2]), y: Number(match[3]), codes });
  }
  const fontsOnPage = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
  const faces = new Map<string, { unicode: Map<number, string>; program: Font }>();
  for (const [name, ref] of fontsOnPage?.entries() ?? []) {
    const type0 = lookup(pdf, ref) as PDFDict;
    const cmap = new TextDecoder().decode(streamBytes(pdf, type0.get(PDFName.of('ToUnicode'))));
    const unicode = new Map<number, string>();
    for (const m of cmap.matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>/gi)) {
      const units = (m[2]?.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16));
      unicode.set(parseInt(m[1] ?? '', 16), String.fromCharCode(...units));
    }
    const descendant = lookup(pdf, type0.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0));
    const descriptor = lookup(pdf, (descendant as PDFDict).get(PDFName.of('FontDescriptor')));
    const file = streamBytes(pdf, (descriptor as PDFDict).get(PDFName.of('FontFile2')));
    faces.set(name.toString(), { unicode, program: fontkit.create(file) });
  }
  return { shown, faces, height: page.getHeight() };
}

const textOps = (page: LaidOutPage) => page.body.filter((op): op is TextOp => op.kind === 'text');
const body = (pages: readonly LaidOutPage[]) => pages.flatMap(textOps);

/**
 * The laid-out op whose text is `text`, and what the PDF shows for it (matched by its place
 * on its page): the glyph codes, their ToUnicode text and the embedded font program.
 */
async function drawn(result: { bytes: Uint8Array; pages: LaidOutPage[] }, text: string) {
  const index = result.pages.findIndex((p) => textOps(p).some((op) => op.text === text));
  const op = textOps(result.pages[index] as LaidOutPage).find((o) => o.text === text);
  if (op === undefined) throw new Error(`"${text}" is not laid out`);
  const page = await readPage(result.bytes, index);
  const round = (n: number) => Math.round(n * 100) / 100;
  const shown = page.shown.find((s) => s.x === round(op.x) && s.y === round(page.height - op.y));
  const face = page.faces.get(shown?.font ?? '');
  if (shown === undefined || face === undefined) throw new Error(`"${text}" is not drawn`);
  return { op, codes: shown.codes, unicode: shown.codes.map((c) => face.unicode.get(c)), face };
}

describe('right-to-left text in the PDF', { timeout: 60_000 }, () => {
  it('gives the typed Arabic and Hebrew back to pdftotext: titles, paragraphs, a mixed line', async () => {
    const { bytes } = await rtlMinutes();
    const text = extracted(bytes);
    // Drawn left to right in typed order, pdftotext would give each of these reversed.
    // poppler reverses the characters of a ligature glyph with the rest of a right-to-left
    // word, so a lam-alef comes back as alef-lam (from LibreOffice's PDFs likewise).
    const poppler = (s: string) => s.replace(/ل([اأإآ])/g, '$1ل');
    expect(text).toContain(poppler(arabicTitle));
    expect(text).toContain(hebrewTitle);
    // In a page of English, pdftotext gives a right-to-left paragraph's line as its pieces
    // left to right, each run of right-to-left words in typed order: check the runs.
    for (const run of [
      'שלום עולם',
      'הוועדה אישרה את התקציב לשנת',
      'ناقش الفريق تقرير بيان للتخطيط في',
    ]) {
      expect(text).toContain(run);
    }
    expect(text).toContain(poppler('سلام عليكم'));
    // A left-to-right line with Arabic and Hebrew in it comes back whole in typed order, but
    // for the spaces, which pdftotext moves about where the direction changes.
    const squeezed = text.replace(/\s+/g, '');
    expect(squeezed).toContain(poppler(mixed).replace(/\s+/g, ''));
  });

  it('draws a right-to-left run in visual order: the glyphs of שלום are shown as םולש', async () => {
    const result = await rtlMinutes();
    const { op, unicode } = await drawn(result, 'שלום');
    expect(op.rtl).toBe(true);
    expect(unicode.join('')).toBe('םולש');
    // The mixed line in visual order: "The Panel noted ", the Arabic, " for 2016 and ", שלום, ".".
    const line = textOps(result.pages.find((p) => textOps(p).includes(op)) as LaidOutPage).filter(
      (o) => o.y === op.y,
    );
    expect(line.map((o) => o.text)).toEqual([
      'The Panel noted ',
      'بيان الأمانة',
      ' for 2016 and ',
      'שלום',
      '.',
    ]);
    line
      .slice(1)
      .forEach((o, i) =>
        expect(o.x).toBeCloseTo((line[i] as TextOp).x + (line[i] as TextOp).width, 5),
      );
  });

  it('shapes Arabic: سلام is drawn with its joined forms and the lam-alef ligature', async () => {
    const { op, codes, unicode, face } = await drawn(await rtlMinutes(), 'سلام');
    expect(op.rtl).toBe(true);
    const glyphs = codes.map((code) => face.program.getGlyph(code).path.toSVG());
    // What fontkit's Arabic shaper gives from DejaVu Sans's own tables: final meem, lam-alef,
    // initial seen, left to right; not the four isolated letters of the character map.
    const layout = regular.layout.bind(regular) as unknown as (
      ...args: [string, string[], string, undefined, string]
    ) => { glyphs: { id: number; path: { toSVG(): string } }[] };
    const joined = layout('سلام', [], 'arab', undefined, 'rtl').glyphs;
    const isolated = Array.from('سلام')
      .reverse()
      .map((c) => regular.glyphForCodePoint(c.codePointAt(0) ?? 0));
    expect(joined).toHaveLength(3);
    expect(joined.map((g) => g.id)).not.toEqual(isolated.slice(0, 3).map((g) => g.id));
    expect(glyphs).toEqual(joined.map((g) => g.path.toSVG()));
    expect(glyphs).not.toEqual(isolated.map((g) => g.path.toSVG()));
    // Each glyph gives back the letters it stands for, the ligature both, in typed order.
    expect(unicode).toEqual(['م', 'لا', 'س']);
  });

  it('covers Hebrew and Arabic with the font, and names the letters of a script it lacks', async () => {
    for (const char of Array.from('שלוםسلامبيانأة')) {
      expect(regular.hasGlyphForCodePoint(char.codePointAt(0) ?? 0), char).toBe(true);
    }
    expect((await rtlMinutes()).missingCharacters).toEqual([]);
    // Syriac and Thaana are right-to-left scripts DejaVu Sans does not have.
    const result = await rtlMinutes('public', ['The Panel noted ܫܠܡܐ and ދިވެހި.']);
    expect(result.missingCharacters).toEqual(
      Array.from('ܫܠܡܐދިވެހި').filter((c, i, all) => all.indexOf(c) === i),
    );
  });

  it('writes a right-to-left word of a script it has no shaper for, mixed with any other script', async () => {
    // Set right to left by an override (U+202E) or beside Adlam and Samaritan, which are not
    // among the scripts shaped by name: fontkit must not pick a shaper from the Tifinagh or
    // Bengali (its universal and Indic shapers need a runtime the bundle does not have).
    const words = ['\u202Eⴰⵣⵓⵍ\u202C', '𞤀ⴰⵣⵓⵍ', 'ࠀক্ষ', '১𞤀'];
    const result = await rtlMinutes('confidential', [`The Panel noted ${words.join(' ')}.`]);
    expect(result.bytes.length).toBeGreaterThan(1000);
    expect(result.missingCharacters.length).toBeGreaterThan(0);
  });

  it('keeps every line within the margins and sets a right-to-left paragraph flush right', async () => {
    const long = Array.from({ length: 12 }, () => arabic).join(' ');
    const result = await rtlMinutes('confidential', [long]);
    const right = 595.28 - 72;
    const ops = body(result.pages);
    for (const op of ops) {
      expect(op.x).toBeGreaterThanOrEqual(72 - 0.01);
      expect(op.x + op.width).toBeLessThanOrEqual(right + 0.01);
    }
    // Every line of a right-to-left paragraph (one with no Latin in it) ends at the right
    // margin; a heading keeps the left edge, next to its number.
    const lines = result.pages.flatMap((p) => {
      const byY = new Map<number, TextOp[]>();
      for (const op of textOps(p)) byY.set(op.y, [...(byY.get(op.y) ?? []), op]);
      return [...byY.values()];
    });
    const rtlLines = lines.filter(
      (line) =>
        line.some((op) => op.rtl === true) &&
        !line.some((op) => op.heading === true || /\p{Script=Latin}/u.test(op.text)),
    );
    expect(rtlLines.length).toBeGreaterThan(8);
    for (const line of rtlLines) {
      expect(Math.max(...line.map((op) => op.x + op.width))).toBeCloseTo(right, 1);
    }
    const title = ops.find((op) => op.text === arabicTitle);
    expect(title?.heading).toBe(true);
    expect(title?.x).toBeLessThan(150);
    savePageImages(result.bytes, 'pdf-rtl-page');
  });
});
