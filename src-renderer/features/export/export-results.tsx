import type { Finding } from '../../minutes';
import { FindingsList } from '../shared/findings-list';
import { meetingPlaceTarget } from './finding-places';
import { jobTitle, type ExportJob, type JobOutcome } from './produce';

const kilobytes = (bytes: Uint8Array) => `${Math.max(1, Math.round(bytes.length / 1024))} KB`;

const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Tells which characters the PDF font cannot show, so nobody publishes boxes unawares. */
function MissingCharacters({ characters }: { characters: string[] }) {
  if (characters.length === 0) return null;
  const listed = characters.slice(0, 20);
  return (
    <p className="export-warning" role="alert">
      The PDF font has no glyph for {listed.map((c) => `“${c}” (${codePoint(c)})`).join(', ')}
      {characters.length > listed.length ? ` and ${characters.length - listed.length} more` : ''}:
      they show as empty boxes in the PDF. The Word document keeps them as typed.
    </p>
  );
}

export interface SaveState {
  [index: number]: { tone: 'ok' | 'error'; message: string } | undefined;
}

/** One line per document: its state, its file, and the buttons to preview and save it. */
export function ExportResults(props: {
  jobs: ExportJob[];
  outcomes: (JobOutcome | null)[];
  saves: SaveState;
  previewing: number | null;
  onSave: (index: number) => void;
  onPreview: (index: number) => void;
  /** For the links and acceptance of the leak guard's findings. */
  meetingId: string;
  bodyId: string;
  busy: boolean;
  onAccept: (finding: Finding) => void;
}) {
  return (
    <ul className="export-results" aria-label="Documents">
      {props.jobs.map((job, index) => {
        const outcome = props.outcomes[index] ?? null;
        const saved = props.saves[index];
        return (
          <li key={`${job.document}-${job.variant}-${job.format}`} className="card export-result">
            <div className="export-result-head">
              <strong>{jobTitle(job)}</strong>
              {outcome === null && <span className="muted">Waiting…</span>}
              {outcome?.status === 'done' && (
                <span className="muted">
                  {outcome.fileName} · {kilobytes(outcome.bytes)}
                  {outcome.pages.length > 0
                    ? ` · ${String(outcome.pages.length)} page${outcome.pages.length === 1 ? '' : 's'}`
                    : ''}
                </span>
              )}
            </div>
            {outcome?.status === 'failed' && (
              <p className="error" role="alert">
                {outcome.message}
              </p>
            )}
            {outcome?.status === 'refused' && (
              <>
                <p className="error" role="alert">
                  Not produced: the public {job.document} would repeat confidential wording (
                  {outcome.findings.length === 1
                    ? 'one passage'
                    : `${String(outcome.findings.length)} passages`}
                  ). Change the text, or accept a passage that may be published.
                </p>
                <FindingsList
                  className="export-findings"
                  findings={outcome.findings}
                  targetOf={(place) => meetingPlaceTarget(place, props.meetingId, props.bodyId)}
                  accept={{ busy: props.busy, onAccept: props.onAccept }}
                />
              </>
            )}
            {outcome?.status === 'done' && (
              <>
                <MissingCharacters characters={outcome.missingCharacters} />
                <div className="row">
                  {job.format === 'pdf' && (
                    <button
                      type="button"
                      aria-pressed={props.previewing === index}
                      onClick={() => props.onPreview(index)}
                    >
                      Preview
                    </button>
                  )}
                  <button type="button" onClick={() => props.onSave(index)}>
                    Save {jobTitle(job)}
                  </button>
                </div>
              </>
            )}
            {saved !== undefined && (
              <p className={saved.tone === 'ok' ? 'muted' : 'error'} role="status">
                {saved.message}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
