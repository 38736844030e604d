import type { Archive } from '../domain';
import type { MinutesDocument } from './document';
import { renderDocx } from './docx';
import type { PdfFonts } from './fonts';
import { guardDocx, guardPdf } from './guard';
import { renderPdf } from './pdf/render';
import type { LaidOutPage } from './pdf/types';

export type Format = 'docx' | 'pdf';

/** A written document: its bytes and, for a PDF, its pages and the characters its font lacks. */
export interface WrittenMinutes {
  bytes: Uint8Array;
  pages: LaidOutPage[];
  missingCharacters: string[];
}

/**
 * Writes a built document (the minutes, or the agenda) in one format. A public document is
 * handed over only after the leak guard has read the written file back and found nothing it
 * may not say of that document; otherwise this throws the guard's `LeakError`, listing every
 * finding. The one way the app and the command line write minutes and agendas.
 */
export async function writeMinutes(
  archive: Archive,
  meetingId: string,
  document: MinutesDocument,
  format: Format,
  fonts?: PdfFonts,
): Promise<WrittenMinutes> {
  const kind = document.kind ?? 'minutes';
  if (format === 'docx') {
    const bytes = await renderDocx(document);
    if (document.variant === 'public') await guardDocx(archive, meetingId, bytes, kind);
    return { bytes, pages: [], missingCharacters: [] };
  }
  if (fonts === undefined) throw new Error('The PDF fonts are not loaded.');
  const pdf = await renderPdf(document, fonts);
  if (document.variant === 'public') await guardPdf(archive, meetingId, pdf, kind);
  return { bytes: pdf.bytes, pages: pdf.pages, missingCharacters: pdf.missingCharacters };
}
