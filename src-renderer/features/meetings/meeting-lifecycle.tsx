import { useAmendments, useNumberedAgenda } from '../../db';
import { itemInSentence } from '../shared/amendment-item-options';
import { formatTimeOfDay, meetingStatusLabels, type ItemStatus, type Meeting } from '../../domain';
import { ConfirmButton } from '../chair/confirm-button';
import { CloseMeetingButton } from '../chair/close-meeting-button';
import { useRunCommands } from '../chair/use-run-commands';
import { formatMeetingDate } from '../shared/dates';
import { useReportError } from '../shared/use-report-error';
import { useServices } from '../shell/app-context';
import { AmendmentForm } from './amendment-form';
import './meeting-lifecycle.css';

const itemStatusWords: Record<ItemStatus, string> = {
  pending: 'To come',
  current: 'Now',
  done: 'Done',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
};

const nextStep: Record<Meeting['status'], string> = {
  draft: 'Prepare the agenda, then start the meeting when the Chair opens it.',
  live: 'The meeting is running. The Chair moves through the items; close it at the end.',
  held: 'The meeting is closed. Tidy the minutes; they are approved from an item of a later meeting, or marked approved here once agreed.',
  approved: 'The minutes are approved and locked. A change is recorded as an amendment.',
};

const at = (timestamp: string | null): string =>
  timestamp === null ? '' : formatTimeOfDay(Date.parse(timestamp));

/** The meeting's status, where it stands in the agenda, and the next step in its life. */
export function MeetingLifecycle({ meeting }: { meeting: Meeting }) {
  const { db, platform } = useServices();
  const report = useReportError();
  const commands = useRunCommands(meeting.id);
  const top = (useNumberedAgenda(db, meeting.id) ?? []).filter((n) => n.depth === 0);
  const current = top.find((n) => n.item.status === 'current');
  const started = meeting.status !== 'draft';
  // Once the meeting has closed, an item still pending was not reached.
  const running = meeting.status === 'live';

  return (
    <section className="card lifecycle" aria-labelledby="lifecycle-heading" data-testid="lifecycle">
      <div className="lifecycle-head">
        <h2 id="lifecycle-heading">
          Meeting status:{' '}
          <span data-testid="meeting-status">{meetingStatusLabels[meeting.status]}</span>
        </h2>
        <button
          type="button"
          onClick={() => void platform.openChairWindow(meeting.id).catch(report)}
        >
          Open Chair view
        </button>
      </div>
      <p className="muted">
        {nextStep[meeting.status]}
        {meeting.approval !== null &&
          ` Approved at meeting ${String(meeting.approval.number)} on ${formatMeetingDate(meeting.approval.on)}.`}
        {meeting.startedAt !== null && ` Started at ${at(meeting.startedAt)}.`}
        {meeting.closedAt !== null && ` Closed at ${at(meeting.closedAt)}.`}
      </p>
      {meeting.status === 'live' && (
        <p className="lifecycle-now" aria-live="polite" data-testid="lifecycle-current">
          {current ? (
            <>
              Now:{' '}
              {current.number !== '' ? (
                <>
                  <strong>item {current.number}</strong> {current.item.title}
                </>
              ) : (
                <strong>{current.item.title}</strong>
              )}
            </>
          ) : (
            'No item is under discussion.'
          )}
        </p>
      )}
      {started && top.length > 0 && (
        <ol className="lifecycle-progress" aria-label="Progress through the agenda">
          {top.map(({ item, number }) => (
            <li key={item.id} className={`progress-${item.status}`} data-testid="progress-item">
              <span className="progress-number">{number !== '' ? number : item.title}</span>{' '}
              {item.status === 'pending' && !running ? 'Not taken' : itemStatusWords[item.status]}
            </li>
          ))}
        </ol>
      )}
      <div className="row lifecycle-commands">
        {meeting.status === 'draft' && (
          <button
            type="button"
            className="primary"
            disabled={commands.start.busy}
            onClick={() => commands.start.act()}
          >
            Start meeting
          </button>
        )}
        {meeting.status === 'live' && (
          <CloseMeetingButton commands={commands} currentNumber={current?.number ?? null} />
        )}
        {meeting.status === 'held' && (
          <>
            <ConfirmButton
              label="Mark minutes approved"
              question="Mark the minutes approved?"
              className="primary"
              onConfirm={() => commands.approve.act()}
              disabled={commands.approve.busy}
            >
              <p>
                Approved minutes are locked: nothing in them can be edited afterwards. A later
                change is recorded as a dated amendment with its reason.
              </p>
            </ConfirmButton>
            <button
              type="button"
              disabled={commands.reopen.busy}
              onClick={() => commands.reopen.act()}
            >
              Reopen meeting
            </button>
          </>
        )}
      </div>
      {meeting.status === 'approved' && <Amendments meeting={meeting} />}
    </section>
  );
}

function Amendments({ meeting }: { meeting: Meeting }) {
  const { db } = useServices();
  const amendments = useAmendments(db, meeting.id);
  const items = new Map((useNumberedAgenda(db, meeting.id) ?? []).map((n) => [n.item.id, n]));
  const { approval } = meeting;
  return (
    <div className="amendments">
      <h3>Amendments</h3>
      {amendments === undefined ? null : amendments.length === 0 ? (
        <p className="empty">No amendment recorded.</p>
      ) : (
        <ol className="amendment-list" aria-label="Amendments">
          {amendments.map((a) => (
            <li key={a.id}>
              <p>
                <strong>{formatMeetingDate(a.date)}</strong>
                {approval !== null && a.agreedAt === approval.meetingId
                  ? ` (agreed at meeting ${String(approval.number)})`
                  : ''}
                ,{' '}
                {a.itemId === null
                  ? 'the minutes as a whole'
                  : itemInSentence(items.get(a.itemId)?.number, items.get(a.itemId)?.item.title)}
                {a.confidential && ', confidential'} — {a.reason}
                {a.updatedBy !== '' && <span className="muted"> (recorded by {a.updatedBy})</span>}
              </p>
              <blockquote>{a.text}</blockquote>
            </li>
          ))}
        </ol>
      )}
      <AmendmentForm meeting={meeting} />
    </div>
  );
}
