import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Archive } from '../../../src-renderer/domain';
import {
  buildMinutes,
  loadPdfFonts,
  writeMinutes,
  type PdfFonts,
  type Variant,
} from '../../../src-renderer/minutes';
import { readDocx } from './minutes-support';

/**
 * A meeting's minutes written as the app writes them (the leak guard included for the public
 * variant), and their text read back the way a reader would, independently of the guard's
 * own reading: every part of the DOCX with its tags stripped, and poppler's text and
 * properties of the PDF.
 */

let fonts: Promise<PdfFonts> | undefined;

/** The app's PDF fonts, read from the repository the command runs in (tests and scripts alike). */
function appFonts(): Promise<PdfFonts> {
  fonts ??= loadPdfFonts((name) =>
    Promise.resolve(readFileSync(join(process.cwd(), 'assets', 'fonts', name))),
  );
  return fonts;
}

export async function writtenFiles(archive: Archive, meetingId: string, variant: Variant) {
  const document = buildMinutes(archive, meetingId, variant);
  const docx = await writeMinutes(archive, meetingId, document, 'docx');
  const pdf = await writeMinutes(archive, meetingId, document, 'pdf', await appFonts());
  return { docx: docx.bytes, pdf: pdf.bytes };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Every XML part of a DOCX as plain text, one part after another. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const { files } = await readDocx(bytes);
  return Object.values(files)
    .map((xml) =>
      xml
        .replace(/<[^>]*>/g, ' ')
        .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e] ?? '')
        .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))),
    )
    .join('\n');
}

let scratch: string | undefined;

/** A PDF's text (pdftotext) and properties (pdfinfo), as one text. */
export function pdfText(bytes: Uint8Array): string {
  scratch ??= join(mkdtempSync(join(tmpdir(), 'minutes-written-')), 'minutes.pdf');
  writeFileSync(scratch, bytes);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', scratch, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', scratch], { encoding: 'utf8' });
  return `${text}\n${info}`;
}
