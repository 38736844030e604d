import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useLocation } from 'wouter';
import { archiveFromRows, safeFileName, serializeArchive, type Body } from '../../domain';
import { readBodyRows } from '../../db';
import { describeImportStep, type ImportStep } from './import-progress';
import { importArchiveFile } from './import-archive-file';
import { useReportError } from '../shared/use-report-error';
import { useServices } from '../shell/app-context';
import './archive-actions.css';

/** "SEC Panel archive 2016-03-11.minutebook.json" (see safeFileName). */
function archiveFileName(body: Body, date: string): string {
  return `${safeFileName(body.name, 'Body')} archive ${date}.minutebook.json`;
}

/**
 * Export the body's whole archive (every meeting, item, block and action) as one JSON file,
 * or import an archive file. An import is checked in full first: nothing is written unless
 * every field is valid, and the errors are listed with the path of each bad field.
 */
export function ArchiveActions({ body }: { body: Body }) {
  const { db, platform, data, store } = useServices();
  const report = useReportError();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [importing, setImporting] = useState<ImportStep | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const errorsId = useId();

  const exportArchive = async () => {
    setBusy(true);
    try {
      const now = data.now();
      const archive = archiveFromRows([await readBodyRows(db, body.id)], now);
      const bytes = new TextEncoder().encode(serializeArchive(archive));
      const result = await platform.saveFile({
        suggestedName: archiveFileName(body, now.slice(0, 10)),
        bytes,
        filters: [{ name: 'Minutebook archive', extensions: ['json'] }],
      });
      if (result.ok) {
        const where = platform.kind === 'browser' ? 'Downloaded as' : 'Saved to';
        store
          .getState()
          .notify({ tone: 'info', message: `Archive ${where.toLowerCase()} ${result.path}` });
      } else if (result.reason !== 'cancelled') {
        store.getState().notify({ tone: 'error', message: `Archive not saved: ${result.message}` });
      }
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setErrors([]);
    try {
      setImporting({ step: 'reading' });
      const imported = await importArchiveFile(file, data, setImporting);
      if (!imported.ok) {
        setErrors(imported.errors);
        return;
      }
      const { outcome, notices } = imported;
      const corrected = describeCorrections(notices);
      if (outcome.kind === 'meeting') {
        store.getState().notify({ tone: 'info', message: `${outcome.message}${corrected}` });
        navigate(`/meetings/${outcome.meetingId}`);
        return;
      }
      const names = outcome.names.map((name) => `“${name}”`).join(', ');
      store.getState().notify({
        tone: 'info',
        message: `Imported ${names} from ${file.name}.${corrected}`,
      });
      const [only] = outcome.ids;
      if (outcome.ids.length === 1 && only !== undefined) navigate(`/bodies/${only}`);
    } catch (error) {
      report(error);
    } finally {
      setImporting(null);
      setBusy(false);
    }
  };

  return (
    <section className="card archive-actions" aria-labelledby={headingId}>
      <h2 id={headingId}>Archive</h2>
      <p className="muted">
        Everything about this body in one file: meetings, minutes, attendance and the action log.
        Import also takes the file of one meeting (from &ldquo;Export this meeting&rdquo; on a
        meeting&rsquo;s Documents screen) and adds that meeting to its body here.
      </p>
      <div className="archive-buttons">
        <button type="button" onClick={() => void exportArchive()} disabled={busy}>
          Export archive
        </button>
        <button
          type="button"
          onClick={() => input.current?.click()}
          disabled={busy}
          aria-describedby={errors.length > 0 ? errorsId : undefined}
        >
          Import archive…
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="archive-file"
          aria-label="Archive file to import"
          // The button above is the way in, for the keyboard and for assistive technology alike.
          aria-hidden="true"
          tabIndex={-1}
          onChange={(e) => void importFile(e)}
        />
      </div>
      <p role="status" className="muted" data-testid="import-progress">
        {importing === null ? '' : describeImportStep(importing)}
      </p>
      {errors.length > 0 && (
        <div id={errorsId} role="alert" className="archive-errors">
          <p>The archive was not imported; nothing was changed. What is wrong:</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** What the archive reader made confidential to agree with the items, said after an import. */
function describeCorrections(notices: readonly string[]): string {
  if (notices.length === 0) return '';
  const shown = notices.slice(0, 3).join(' ');
  const more = notices.length > 3 ? ` And ${String(notices.length - 3)} more like these.` : '';
  return ` Made confidential to agree with the minutes: ${shown}${more}`;
}
