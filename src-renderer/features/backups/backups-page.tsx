import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BackupInfo } from '../../platform';
import { ConfirmButton } from '../chair/confirm-button';
import { flushAll } from '../shared/pending-writes';
import { useReportError } from '../shared/use-report-error';
import { useServices } from '../shell/app-context';
import type { BackupOutcome } from './backup-keeper';
import { describeRestored, describeRestoreStep, restoreBackup } from './restore';
import { otherWindows } from './window-roll-call';
import { backupSchedule } from './use-backup-schedule';
import { EditsAside } from './edits-aside';
import { StorageState } from './storage-state';
import './backups.css';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'medium' });

/** "25 November 2026 at 14:05:03", in the user's time zone. */
function savedAt(backup: BackupInfo): string {
  return when.format(new Date(backup.savedAt));
}

function size(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${String(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** "350 ms", "12.3 s": how long a backup took. */
function duration(ms: number): string {
  return ms < 1000 ? `${String(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function outcomeText(outcome: BackupOutcome): string {
  switch (outcome.kind) {
    case 'written':
      return `Backed up: ${savedAt(outcome.backup)} — ${size(outcome.backup.bytes)}, in ${duration(outcome.ms)}.`;
    case 'unchanged':
      return `Nothing has changed since the backup of ${savedAt(outcome.backup)}; it holds everything (checked in ${duration(outcome.ms)}).`;
    case 'empty':
      return 'There is nothing to back up yet.';
    case 'refused':
    case 'failed':
      return outcome.message;
  }
}

const failed = (outcome: BackupOutcome) => outcome.kind === 'failed' || outcome.kind === 'refused';

/**
 * Backups: when they are written, the ones kept, a backup on demand, a copy saved anywhere,
 * and a restore that first backs up what is here, so that it too can be undone.
 */
export function BackupsPage() {
  const { platform, backups, data, journal, store } = useServices();
  const report = useReportError();
  const [list, setList] = useState<BackupInfo[] | undefined>(undefined);
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const headingId = useId();

  const refresh = useCallback(() => {
    platform.listBackups().then(setList, report);
  }, [platform, report]);
  // Every backup's outcome is shown, the scheduled ones' too: a backup that was not kept is
  // said here, not only in a passing notice.
  useEffect(() => {
    refresh();
    return backups.subscribe((outcome) => {
      setStatus({ text: outcomeText(outcome), failed: failed(outcome) });
      refresh();
    });
  }, [backups, refresh]);

  // While one command runs the others are refused, but stay enabled (aria-disabled): a
  // disabled button would drop the keyboard focus that is on it, or that its dialog returns.
  const running = useRef(false);
  const act = async (work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    flushAll();
    setBusy(true);
    setErrors([]);
    try {
      await work();
    } catch (error) {
      report(error);
    } finally {
      running.current = false;
      setBusy(false);
      refresh();
    }
  };

  // A backup of fifteen years takes seconds (three bodies of them, most of a minute): the
  // status says what is under way until it says how it ended.
  const backUpNow = () =>
    act(async () => {
      setStatus({ text: 'Backing up…', failed: false });
      const outcome = await backups.backUp();
      setStatus({ text: outcomeText(outcome), failed: failed(outcome) });
    });

  const restore = (backup: BackupInfo) =>
    act(async () => {
      const others = await otherWindows();
      if (others > 0) {
        const windows = others === 1 ? 'another window' : `${String(others)} other windows`;
        setStatus({
          text: `Minutebook is open in ${windows} (the Chair view or another tab), which could write over what is restored. Close ${others === 1 ? 'it' : 'them'} and restore again. Nothing was changed.`,
          failed: true,
        });
        return;
      }
      const outcome = await restoreBackup(backup.name, platform, backups, data, (at) =>
        setStatus({ text: describeRestoreStep(at), failed: false }),
      );
      if (outcome.kind === 'refused') {
        setStatus({ text: outcome.message, failed: true });
        setErrors(outcome.errors);
        return;
      }
      // Nothing from before the restore may come back: no journalled edit, no Undo.
      journal.clear();
      for (const notice of store.getState().notices) store.getState().dismiss(notice.id);
      setStatus({ text: describeRestored(backup, outcome.before, savedAt), failed: false });
    });

  const saveCopy = (backup: BackupInfo) =>
    act(async () => {
      const read = await platform.readBackup(backup.name);
      if (!read.ok) {
        setStatus({ text: read.message, failed: true });
        return;
      }
      const result = await platform.saveFile({
        suggestedName: backup.name,
        bytes: new TextEncoder().encode(read.text),
        filters: [{ name: 'Minutebook archive', extensions: ['json'] }],
      });
      if (result.ok) setStatus({ text: `Copy saved: ${result.path}`, failed: false });
      else if (result.reason !== 'cancelled') setStatus({ text: result.message, failed: true });
    });

  const where =
    platform.kind === 'electron'
      ? 'in its data folder on this computer'
      : 'in this browser’s storage';
  return (
    <div className="page backups-page">
      <h1 id={headingId}>Backups</h1>
      <p className="muted">
        Minutebook backs up everything — every body, meeting, minutes and action — {where}: a minute
        after it starts, every {backupSchedule.everyMs / 60_000} minutes while anything changes, and
        when its window is hidden. The newest 30 are kept, and the last of each of the 30 days
        before them. A backup is an archive file: “Save a copy” puts one wherever you like, and a
        body’s Import takes it.
      </p>
      <StorageState />
      <div className="backup-now">
        <button type="button" onClick={() => void backUpNow()} aria-disabled={busy}>
          Back up now
        </button>
        <p
          role="status"
          data-testid="backup-status"
          className={status?.failed ? 'error' : undefined}
        >
          {status?.text}
        </p>
      </div>
      {errors.length > 0 && (
        <div role="alert" className="backup-errors">
          <p>What is wrong with the backup:</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <section aria-labelledby={`${headingId}-kept`}>
        <h2 id={`${headingId}-kept`}>Backups kept</h2>
        {list === undefined ? (
          <p aria-busy="true">Loading…</p>
        ) : list.length === 0 ? (
          <p className="empty">No backup yet.</p>
        ) : (
          <table className="backup-table">
            <thead>
              <tr>
                <th scope="col">Saved</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Commands</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((backup) => (
                <tr key={backup.name} data-testid="backup-row">
                  <th scope="row">{savedAt(backup)}</th>
                  <td>{size(backup.bytes)}</td>
                  <td className="backup-commands">
                    <ConfirmButton
                      label="Restore"
                      accessibleLabel={`Restore the backup of ${savedAt(backup)}`}
                      question={`Restore the backup of ${savedAt(backup)}?`}
                      onConfirm={() => void restore(backup)}
                    >
                      <p>
                        Everything here is replaced by what this backup holds. What is here now is
                        backed up first, so you can go back to it by restoring that backup.
                      </p>
                    </ConfirmButton>
                    <button
                      type="button"
                      onClick={() => void saveCopy(backup)}
                      aria-disabled={busy}
                      aria-label={`Save a copy of the backup of ${savedAt(backup)}`}
                    >
                      Save a copy…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <EditsAside />
    </div>
  );
}
