import { useId, useState } from 'react';
import { meetingArchive, safeFileName, serializeArchive, type Meeting } from '../../domain';
import { readBodyRows } from '../../db';
import { useReportError } from '../shared/use-report-error';
import { useServices } from '../shell/app-context';

/** "SEC Panel meeting 30.minutebook.json": no path separators or characters Windows refuses. */
export function meetingArchiveFileName(bodyName: string, number: number): string {
  return `${safeFileName(bodyName, 'Body')} meeting ${String(number)}.minutebook.json`;
}

/**
 * Saves this meeting alone as an archive (the body, its members, the meeting and the actions
 * it raised or updated), for another copy of Minutebook to import into the same body.
 */
export function MeetingArchiveExport({ meeting }: { meeting: Meeting }) {
  const { db, platform, data, store } = useServices();
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  const hintId = useId();

  const exportMeeting = async () => {
    setBusy(true);
    try {
      const rows = await readBodyRows(db, meeting.bodyId);
      const archive = meetingArchive(rows, meeting.id, data.now());
      if (archive === null) throw new Error('This meeting no longer exists.');
      const result = await platform.saveFile({
        suggestedName: meetingArchiveFileName(rows.body.name, meeting.number),
        bytes: new TextEncoder().encode(serializeArchive(archive)),
        filters: [{ name: 'Minutebook archive', extensions: ['json'] }],
      });
      if (result.ok) {
        const where = platform.kind === 'browser' ? 'downloaded as' : 'saved to';
        store
          .getState()
          .notify({ tone: 'info', message: `Meeting archive ${where} ${result.path}` });
      } else if (result.reason !== 'cancelled') {
        store.getState().notify({ tone: 'error', message: `Archive not saved: ${result.message}` });
      }
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <p className="meeting-archive-export">
      <button
        type="button"
        onClick={() => void exportMeeting()}
        disabled={busy}
        aria-describedby={hintId}
      >
        Export this meeting
      </button>{' '}
      <span id={hintId} className="muted">
        One file with this meeting&rsquo;s agenda, minutes, attendance and actions, to import into
        the same body elsewhere.
      </span>
    </p>
  );
}
