import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parseArchive, serializeArchive, splitParagraph } from '../../src-renderer/domain';
import {
  buildMinutes,
  LeakError,
  loadPdfFonts,
  sanitizeText,
  writeMinutes,
  type Format,
  type PdfFonts,
  type Variant,
} from '../../src-renderer/minutes';
import { houseWords } from '../../src-renderer/minutes/house-style';
import { mayBeRtl } from '../../src-renderer/minutes/pdf/bidi';
import { pdfText } from '../../src-renderer/minutes/pdf/text';
import { fuzzMeetingId, type ExpectedText, type FuzzCase } from './case';

/**
 * One fuzz case exported in both variants and both formats through the app's own write path
 * (writeMinutes, the leak guard included), and what is wrong with the files: a DOCX part
 * that is not well-formed XML, a PDF that pdf-lib cannot load or pdftotext cannot read, a
 * text of the meeting missing from the confidential files, an export that outlasts the time
 * cap. A public export refused by the leak guard is counted, not a failure: random
 * confidential text may repeat in public text.
 */

export interface CaseResult {
  failures: string[];
  /** Public exports the leak guard refused. */
  refused: number;
  /** Texts not looked for in the PDF: they may be right to left. */
  unread: number;
  ms: number;
  /** The files that failed a check, to keep beside the archive: "confidential.pdf" … */
  files: { name: string; bytes: Uint8Array }[];
}

export interface CheckOptions {
  /** Time cap for the whole case (every export and every check). */
  capMs: number;
  fonts: PdfFonts;
  /** False when pdftotext is absent: the PDF text checks are skipped. */
  pdftotext: boolean;
}

const run = promisify(execFile);

/** Whether poppler's pdftotext can be run here. */
export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The app's PDF fonts from the repository at `root`. */
export function fuzzFonts(root: string): Promise<PdfFonts> {
  return loadPdfFonts((name) => Promise.resolve(readFileSync(join(root, 'assets', 'fonts', name))));
}

class TimeUp extends Error {}

function capped<T>(work: Promise<T>, deadline: number): Promise<T> {
  const left = Math.max(0, deadline - Date.now());
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeUp()), left);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** Each XML part of a DOCX parsed with saxes: the parts that are not well-formed, and the body's text. */
async function readDocx(bytes: Uint8Array): Promise<{ errors: string[]; body: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const errors: string[] = [];
  let body = '';
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(entry.name)) continue;
    const xml = await entry.async('string');
    const parser = new SaxesParser();
    let inText = false;
    const texts: string[] = [];
    parser.on('error', (error) => errors.push(`${entry.name}: ${error.message}`));
    parser.on('opentag', (tag) => (inText = tag.name === 'w:t'));
    parser.on('closetag', () => (inText = false));
    parser.on('text', (t) => {
      if (inText) texts.push(t);
    });
    parser.write(xml).close();
    if (entry.name === 'word/document.xml') body = texts.join('');
  }
  return { errors, body };
}

/** pdftotext's text of the page bodies, in the order it was drawn. */
async function pdfTexts(bytes: Uint8Array, deadline: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'minutebook-fuzz-'));
  const file = join(dir, 'minutes.pdf');
  try {
    writeFileSync(file, bytes);
    const timeout = Math.max(1, deadline - Date.now());
    // The body band of each page (below the running head, above the foot), in drawing order.
    const band = ['-raw', '-x', '0', '-y', '58', '-W', '600', '-H', '728'];
    const raw = await run('pdftotext', [...band, '-enc', 'UTF-8', file, '-'], {
      timeout,
      maxBuffer: 256 * 1024 * 1024,
    });
    return [raw.stdout];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Straight and curly quotes alike: the body's curly-quotes setting changes them. */
const quotes = /['"\u2018\u2019\u201C\u201D]/gu;

/** Text compared without white space (lines wrap, lists and tables break it) and with one quote. */
function fold(text: string): string {
  return text.replace(/\s+/gu, '').replace(quotes, "'");
}

/**
 * Whether a page's folded text holds `text` as the PDF draws it. A character the font lacks
 * is drawn as U+FFFD and reads back so; `missing` holds those of every face, so one may yet be
 * drawn in another face (bold has glyphs the regular lacks). A combining mark with no letter
 * under it (at the start or after a space) is drawn on its own, and pdftotext gives it back or
 * not, where it likes. A text with either that is not found as drawn is compared decomposed
 * and without marks, U+FFFD and what missing characters fold to, on both sides.
 */
function holdsDrawn(have: string, text: string, missing: ReadonlySet<string>): boolean {
  let plain = '';
  let uncertain = false;
  let bare = true;
  for (const c of text) {
    if (missing.has(c)) {
      plain += '\uFFFD';
      uncertain = true;
      bare = false;
    } else if (bare && /\p{M}/u.test(c)) {
      uncertain = true;
    } else {
      plain += c;
      bare = /\s/u.test(c);
    }
  }
  if (have.includes(foldPdf(plain))) return true;
  if (!uncertain) return false;
  // (a missing mathematical 𝚓 drawn in bold reads back as "j" once folded)
  const folded = new Set<string>(['\uFFFD']);
  for (const c of missing) for (const f of foldPdf(c).normalize('NFD')) folded.add(f);
  const strip = (t: string) => {
    let out = '';
    for (const c of t.normalize('NFD')) if (!folded.has(c) && !/\p{M}/u.test(c)) out += c;
    return out;
  };
  let want = '';
  for (const c of text) if (!missing.has(c)) want += c;
  return strippedOf(have, strip).includes(strip(foldPdf(want)));
}

const stripped = new Map<string, string>();

/** A page's text stripped once for all the texts looked for in it. */
function strippedOf(have: string, strip: (t: string) => string): string {
  let out = stripped.get(have);
  if (out === undefined) {
    if (stripped.size > 8) stripped.clear();
    out = strip(have);
    stripped.set(have, out);
  }
  return out;
}

/** For the PDF also compatibility forms (Arabic is shaped) and invisible format characters. */
function foldPdf(text: string): string {
  return fold(text.normalize('NFKC').replace(/\p{Cf}/gu, ''));
}

/**
 * The words the minutes print for a text, before the writers' own sanitising, in the pieces
 * they print as: the rules of build.ts and domain/ (a paragraph's bullets lose their "- " and
 * are each their own piece, as the PDF draws a bullet before each; a note loses its "Note:"
 * lead, a decision its closing punctuation; outer spaces trimmed).
 */
function printedParts(expected: ExpectedText): string[] {
  const text = expected.text;
  switch (expected.kind) {
    case 'paragraph':
      return splitParagraph(text).flatMap((part) =>
        part.kind === 'text' ? [part.text] : part.items,
      );
    case 'note': {
      const trimmed = text.trim();
      const lead = houseWords.noteLabel;
      return [
        trimmed.toLowerCase().startsWith(lead.toLowerCase()) ? trimmed.slice(lead.length) : trimmed,
      ];
    }
    case 'decision':
      return [text.trim().replace(/(?:\s*(?:;\s*and|[.;,]))+$/u, '')];
    default:
      return [text.trim()];
  }
}

/** The words the minutes print for a text, as one (the DOCX marks bullets by numbering). */
function printed(expected: ExpectedText): string {
  return printedParts(expected).join('\n');
}

function show(text: string): string {
  const cut = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return JSON.stringify(cut);
}

/** Runs one case; never throws (a throw is reported as a failure). */
export async function checkCase(fuzz: FuzzCase, options: CheckOptions): Promise<CaseResult> {
  const started = Date.now();
  const deadline = started + options.capMs;
  const failures: string[] = [];
  let refused = 0;
  let unread = 0;
  const files: CaseResult['files'] = [];
  try {
    await capped(
      (async () => {
        // Through the archive reader, as the app's Import and the command line read it.
        const parsed = parseArchive(serializeArchive(fuzz.archive));
        if (!parsed.ok) {
          failures.push(`the archive reader refused the archive: ${parsed.errors.join('; ')}`);
          return;
        }
        const archive = parsed.archive;
        for (const variant of ['confidential', 'public'] as Variant[]) {
          const document = buildMinutes(archive, fuzzMeetingId, variant);
          for (const format of ['docx', 'pdf'] as Format[]) {
            const what = `${variant} ${format}`;
            let written;
            try {
              written = await writeMinutes(archive, fuzzMeetingId, document, format, options.fonts);
            } catch (error) {
              if (variant === 'public' && error instanceof LeakError) {
                refused += 1;
                continue;
              }
              throw error;
            }
            const before = failures.length;
            const keep = () => {
              if (failures.length > before)
                files.push({ name: `${variant}.${format}`, bytes: written.bytes });
            };
            if (format === 'docx') {
              const { errors, body } = await readDocx(written.bytes);
              failures.push(...errors.map((e) => `${what}: not well-formed XML: ${e}`));
              if (variant === 'confidential') {
                const have = fold(body);
                for (const e of fuzz.expected) {
                  if (!have.includes(fold(sanitizeText(printed(e)))))
                    failures.push(`${what}: the text of ${e.place} is missing: ${show(e.text)}`);
                }
              }
              keep();
            } else {
              try {
                await PDFDocument.load(written.bytes, { updateMetadata: false });
              } catch (error) {
                failures.push(`${what}: pdf-lib cannot load it: ${String(error)}`);
                keep();
                continue;
              }
              if (!options.pdftotext) continue;
              let texts: string[];
              try {
                texts = await pdfTexts(written.bytes, deadline);
              } catch (error) {
                failures.push(`${what}: pdftotext failed: ${String(error).slice(0, 300)}`);
                keep();
                continue;
              }
              if (variant !== 'confidential') continue;
              const have = texts.map(foldPdf);
              const missing = new Set(written.missingCharacters);
              for (const e of fuzz.expected) {
                // pdftotext reads right-to-left runs back in an order of its own: such texts
                // are compared in the DOCX only (tests/unit/minutes/pdf-rtl.test.ts reads them).
                if (mayBeRtl(e.text)) {
                  unread += 1;
                  continue;
                }
                const found = printedParts(e).every((part) =>
                  have.some((h) => holdsDrawn(h, pdfText(part), missing)),
                );
                if (!found)
                  failures.push(`${what}: the text of ${e.place} is missing: ${show(e.text)}`);
              }
              keep();
            }
          }
        }
      })(),
      deadline,
    );
  } catch (error) {
    if (error instanceof TimeUp) {
      failures.push(`the case took more than ${String(options.capMs / 1000)} s`);
    } else {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push(`an export threw: ${message.slice(0, 2000)}`);
    }
  }
  const ms = Date.now() - started;
  if (ms > options.capMs && !failures.some((f) => f.startsWith('the case took')))
    failures.push(`the case took ${String(ms)} ms, more than ${String(options.capMs / 1000)} s`);
  return { failures, refused, unread, ms, files };
}
