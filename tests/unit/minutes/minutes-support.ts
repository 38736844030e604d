import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { parseArchive, type Archive } from '../../../src-renderer/domain';

export const root = join(import.meta.dirname, '..', '..', '..');
export const fixturePath = join(root, 'tests', 'fixtures', 'sec-panel-30.archive.json');

/** The reference meeting's archive, freshly parsed (tests may change their copy). */
export function loadFixture(): Archive {
  const result = parseArchive(readFileSync(fixturePath, 'utf8'));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.archive;
}

export function meetingOf(archive: Archive) {
  const body = archive.bodies[0];
  const meeting = body?.meetings[0];
  if (!body || !meeting) throw new Error('The fixture has no meeting.');
  return { body, meeting };
}

export interface DocxParts {
  /** Every file of the package, as text. */
  files: Record<string, string>;
  /** The body's paragraphs (and table cells), each as its plain text. */
  paragraphs: string[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (xml: string) =>
  xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e] ?? '');

/** The text of each <w:p> of a WordprocessingML part. */
export function paragraphsOf(xml: string): string[] {
  return xml
    .split('</w:p>')
    .map((p) =>
      decode(
        [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\/>/g)]
          .map((m) => (m[2] === 'tab' ? '\t' : m[2] === 'br' ? '\n' : (m[1] ?? '')))
          .join(''),
      ),
    );
}

/** Opens a DOCX the way a reader does: unzips it and reads its XML parts. */
export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const files: Record<string, string> = {};
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files[entry.name] = await entry.async('string');
  }
  return { files, paragraphs: paragraphsOf(files['word/document.xml'] ?? '') };
}

const run = promisify(execFile);

/**
 * Converts a DOCX to PDF with LibreOffice (a private profile, so runs never share state) and
 * returns the PDF's path; throws with LibreOffice's output when it fails.
 */
export async function convertWithLibreOffice(bytes: Uint8Array, name: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-docx-'));
  const input = join(dir, `${name}.docx`);
  writeFileSync(input, bytes);
  const profile = `file://${join(dir, 'profile')}`;
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      input,
    ],
    { timeout: 90_000 },
  );
  const pdf = join(dir, `${name}.pdf`);
  if (!readdirSync(dir).includes(`${name}.pdf`)) throw new Error('LibreOffice wrote no PDF.');
  return pdf;
}

/** Renders each page of a PDF to test-results/screenshots/<prefix>-page-N.png. */
export async function screenshotPages(pdf: string, prefix: string): Promise<string[]> {
  const out = join(root, 'test-results', 'screenshots');
  mkdirSync(out, { recursive: true });
  for (const old of readdirSync(out)) {
    if (old.startsWith(`${prefix}-page-`)) rmSync(join(out, old));
  }
  await run('pdftoppm', ['-png', '-r', '70', pdf, join(out, `${prefix}-page`)], {
    timeout: 60_000,
  });
  return readdirSync(out).filter((f) => f.startsWith(`${prefix}-page-`));
}

export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { timeout: 30_000 });
  return stdout;
}
