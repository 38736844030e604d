import { useEffect, useState } from 'react';
import { useMeeting } from '../../db';
import type { DocumentKind, Variant } from '../../minutes';
import { MeetingHeader } from '../meetings/meeting-header';
import { AcceptedFindings } from './accepted-findings';
import { CirculateSection } from './circulate-section';
import { MeetingArchiveExport } from './meeting-archive-export';
import { useServices } from '../shell/app-context';
import { loadPreviewFonts } from './draw-page';
import { ExportOptions, type Choice } from './export-options';
import { ExportResults } from './export-results';
import { PdfPreview } from './pdf-preview';
import { jobTitle, pdfFonts, type ExportJob, type Format } from './produce';
import { useExport } from './use-export';
import { Gone } from '../shared/gone';
import './export.css';

function chosenJobs(
  documents: Choice<DocumentKind>,
  variants: Choice<Variant>,
  formats: Choice<Format>,
): ExportJob[] {
  const jobs: ExportJob[] = [];
  for (const document of ['minutes', 'agenda'] as const) {
    for (const variant of ['confidential', 'public'] as const) {
      for (const format of ['docx', 'pdf'] as const) {
        if (documents[document] && variants[variant] && formats[format])
          jobs.push({ document, variant, format });
      }
    }
  }
  return jobs;
}

/**
 * The meeting's documents: choose the minutes or the agenda, the variants and the formats,
 * prepare, preview the PDFs, save.
 */
export function ExportPage({ meetingId }: { meetingId: string }) {
  const { db } = useServices();
  const meeting = useMeeting(db, meetingId);
  const [documents, setDocuments] = useState<Choice<DocumentKind>>({
    minutes: true,
    agenda: false,
  });
  const [variants, setVariants] = useState<Choice<Variant>>({ confidential: true, public: true });
  const [formats, setFormats] = useState<Choice<Format>>({ docx: true, pdf: true });
  const [previewing, setPreviewing] = useState<number | null>(null);
  const [fontsReady, setFontsReady] = useState(false);
  const exporter = useExport(meeting?.bodyId, meetingId);
  const { run } = exporter;

  // The first PDF ready is previewed, in the PDF's own fonts.
  const firstPdf = run?.outcomes.findIndex(
    (o, i) => o?.status === 'done' && run.jobs[i]?.format === 'pdf',
  );
  const shown = previewing ?? (firstPdf === undefined || firstPdf < 0 ? null : firstPdf);
  useEffect(() => {
    if (shown === null || fontsReady) return;
    let live = true;
    pdfFonts()
      .then(loadPreviewFonts)
      .then(() => live && setFontsReady(true))
      .catch((error: unknown) => console.error('The preview fonts could not be loaded:', error));
    return () => {
      live = false;
    };
  }, [shown, fontsReady]);

  if (meeting === undefined) return <p aria-busy="true">Loading…</p>;
  if (meeting === null) return <Gone what="meeting" />;

  const done = run?.outcomes.filter((o) => o !== null).length ?? 0;
  const ready = run?.outcomes.filter((o) => o?.status === 'done').length ?? 0;
  const preview = shown === null ? undefined : run?.outcomes[shown];
  const previewJob = shown === null ? undefined : run?.jobs[shown];
  return (
    <div className="page">
      <MeetingHeader meeting={meeting} current="export" />
      <ExportOptions
        documents={documents}
        variants={variants}
        formats={formats}
        onDocuments={setDocuments}
        onVariants={setVariants}
        onFormats={setFormats}
        busy={exporter.busy}
        onPrepare={() => {
          setPreviewing(null);
          void exporter.prepare(chosenJobs(documents, variants, formats));
        }}
      />
      <CirculateSection meeting={meeting} />
      <MeetingArchiveExport meeting={meeting} />
      <AcceptedFindings meeting={meeting} />
      {exporter.problem !== null && (
        <p className="error" role="alert">
          The documents could not be prepared: {exporter.problem}
        </p>
      )}
      {run !== null && (
        <section aria-labelledby="export-documents" className="export-run">
          <div className="export-progress">
            <h2 id="export-documents">Documents</h2>
            <progress max={run.jobs.length} value={done} aria-label="Documents prepared" />
            <span role="status">
              {done < run.jobs.length
                ? `Preparing ${String(done + 1)} of ${String(run.jobs.length)}…`
                : `${String(ready)} of ${String(run.jobs.length)} ready`}
            </span>
            {!exporter.busy && ready > 1 && (
              <button type="button" className="primary" onClick={() => void exporter.saveAll()}>
                Save all
              </button>
            )}
          </div>
          <ExportResults
            jobs={run.jobs}
            outcomes={run.outcomes}
            saves={exporter.saves}
            previewing={shown}
            onSave={(i) => void exporter.saveOne(i)}
            onPreview={setPreviewing}
            meetingId={meetingId}
            bodyId={meeting.bodyId}
            busy={exporter.busy}
            onAccept={(finding) => void exporter.accept(finding)}
          />
          {preview?.status === 'done' && previewJob !== undefined && (
            <PdfPreview
              title={jobTitle(previewJob)}
              pages={preview.pages}
              fontsReady={fontsReady}
            />
          )}
        </section>
      )}
    </div>
  );
}
