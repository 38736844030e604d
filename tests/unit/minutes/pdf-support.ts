import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPdfFonts, type PdfFonts } from '../../../src-renderer/minutes';

const root = join(import.meta.dirname, '..', '..', '..');

/** DejaVu Sans regular and bold from assets/fonts, read once. */
let fonts: Promise<PdfFonts> | undefined;
export function testFonts(): Promise<PdfFonts> {
  fonts ??= loadPdfFonts((name) =>
    Promise.resolve(readFileSync(join(root, 'assets', 'fonts', name))),
  );
  return fonts;
}

function tempPdf(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'minutes-pdf-')), 'minutes.pdf');
  writeFileSync(file, bytes);
  return file;
}

/** The PDF's text as poppler's pdftotext extracts it (UTF-8, layout order). */
export function pdfToText(bytes: Uint8Array): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', tempPdf(bytes), '-'], { encoding: 'utf8' });
}

/** pdfinfo's fields ("Title", "Author", "Pages", …). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', '-isodates', tempPdf(bytes)], {
    encoding: 'utf8',
  });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] !== undefined) info[match[1]] = match[2] ?? '';
  }
  return info;
}

/** Renders every page to test-results/screenshots/<prefix>-N.png at 60 dpi; returns the files. */
export function savePageImages(bytes: Uint8Array, prefix: string): string[] {
  const dir = join(root, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'minutes-png-'));
  execFileSync('pdftoppm', ['-png', '-r', '60', tempPdf(bytes), join(work, 'page')]);
  const pages = Number(pdfInfo(bytes).Pages);
  const files: string[] = [];
  for (let n = 1; n <= pages; n++) {
    const digits = String(pages).length;
    const source = join(work, `page-${String(n).padStart(digits, '0')}.png`);
    const target = join(dir, `${prefix}-${n}.png`);
    writeFileSync(target, readFileSync(source));
    files.push(target);
  }
  return files;
}
