import { archiveFromRows, safeFileName, type BodyRows } from '../../domain';
import type {
  DocumentKind,
  Finding,
  LaidOutPage,
  MinutesDocument,
  PdfFonts,
  Variant,
} from '../../minutes';
import { pdfFontUrls } from './font-urls';

export type Format = 'docx' | 'pdf';

export interface ExportJob {
  document: DocumentKind;
  variant: Variant;
  format: Format;
}

export type JobOutcome =
  | {
      status: 'done';
      fileName: string;
      bytes: Uint8Array;
      /** PDF only: the laid-out pages, for the preview. */
      pages: LaidOutPage[];
      /** PDF only: characters the PDF font lacks. */
      missingCharacters: string[];
    }
  /** The leak guard refused the public document, with its findings; nothing was produced. */
  | { status: 'refused'; message: string; findings: readonly Finding[] }
  | { status: 'failed'; message: string };

export const documentNames: Record<DocumentKind, string> = { minutes: 'Minutes', agenda: 'Agenda' };
export const variantNames: Record<Variant, string> = {
  confidential: 'Confidential',
  public: 'Public',
};
export const formatNames: Record<Format, string> = { docx: 'Word (DOCX)', pdf: 'PDF' };

/**
 * "SEC Panel 30 minutes - public.pdf", "SEC Panel 30 agenda - public.pdf": one pattern for
 * both documents, a bare file name (see safeFileName).
 */
export function exportFileName(bodyName: string, number: number, job: ExportJob): string {
  const name = safeFileName(
    `${bodyName} ${String(number)} ${job.document} - ${job.variant}`,
    documentNames[job.document],
  );
  return `${name}.${job.format}`;
}

/** "Public minutes, PDF", "Confidential agenda, Word (DOCX)": a document as the screen names it. */
export function jobTitle(job: ExportJob): string {
  return `${variantNames[job.variant]} ${job.document}, ${formatNames[job.format]}`;
}

let fonts: Promise<PdfFonts> | undefined;

/** The PDF fonts, fetched once per window (a failed fetch is tried again next time). */
export function pdfFonts(): Promise<PdfFonts> {
  fonts ??= import('../../minutes')
    .then((minutes) => minutes.fetchPdfFonts(pdfFontUrls))
    .catch((error: unknown) => {
      fonts = undefined;
      throw error;
    });
  return fonts;
}

/** Loads the writers (a chunk of their own, fetched on first export) and, for a PDF, the fonts. */
async function writers(needPdf: boolean) {
  const minutes = await import('../../minutes');
  return { minutes, fonts: needPdf ? await pdfFonts() : undefined };
}

/** Lets the browser paint the progress between two documents. */
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Produces the chosen documents of one meeting from its body's rows: the minutes and the
 * agenda are each built once per variant, then written in each format, a public file passing
 * the leak guard on its own text. `report` is told each outcome as it comes, in the order of
 * `jobs`.
 */
export async function produceExports(
  rows: BodyRows,
  meetingId: string,
  jobs: readonly ExportJob[],
  report: (index: number, outcome: JobOutcome) => void,
): Promise<void> {
  const { minutes, fonts: pdfFonts } = await writers(jobs.some((j) => j.format === 'pdf'));
  const archive = archiveFromRows([rows], new Date().toISOString());
  const meeting = rows.meetings.find((m) => m.id === meetingId);
  if (meeting === undefined) throw new Error('This meeting no longer exists.');
  const built = new Map<string, MinutesDocument | Error>();
  for (const [index, job] of jobs.entries()) {
    await breathe();
    const key = `${job.document} ${job.variant}`;
    if (!built.has(key)) {
      try {
        built.set(
          key,
          job.document === 'agenda'
            ? minutes.buildAgenda(archive, meetingId, job.variant)
            : minutes.buildMinutes(archive, meetingId, job.variant),
        );
      } catch (error) {
        built.set(key, error instanceof Error ? error : new Error(String(error)));
      }
    }
    const document = built.get(key);
    try {
      if (document instanceof Error) throw document;
      if (document === undefined) throw new Error('The document was not built.');
      const fileName = exportFileName(rows.body.name, meeting.number, job);
      const written = await minutes.writeMinutes(
        archive,
        meetingId,
        document,
        job.format,
        pdfFonts,
      );
      report(index, { status: 'done', fileName, ...written });
    } catch (error) {
      if (error instanceof minutes.LeakError) {
        report(index, { status: 'refused', message: error.message, findings: error.findings });
        continue;
      }
      const message = error instanceof Error ? error.message : String(error);
      report(index, { status: 'failed', message: `Could not be produced: ${message}` });
    }
  }
}
