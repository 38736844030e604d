import { memo } from 'react';
import { Link } from 'wouter';
import { useUpdatesOf } from '../../db/action-log-hooks';
import type { Id, Meeting } from '../../domain';
import { useServices } from '../shell/app-context';
import { describeOverdue, formatShortDate } from './describe';
import { loggedUpdates, type LogEntry } from './log-entries';
import { ReferenceCell } from './reference-cell';
import { Tag } from './tag';

/** The log's columns, for the rows below an action that span them all. */
export const logColumns = 8;

/** What a row of the log shows of its action, and what it does. */
export interface LogRowProps {
  entry: LogEntry;
  /** Its row number in the whole table (the header is 1), though few rows are in the page. */
  rowIndex: number;
  open: boolean;
  editing: boolean;
  declassifying: boolean;
  focusNote: boolean;
  /** Each opens or closes its part below the row of the action with this id. */
  onToggle: (id: Id) => void;
  onEdit: (id: Id) => void;
  onDeclassify: (id: Id) => void;
}

/** One action of the log: a row of the table. */
export const LogRow = memo(function LogRow(props: LogRowProps) {
  const { action, raisedAt, closedAt, age, updateCount, confidential } = props.entry;
  const overdue = describeOverdue(age);
  const classes = [overdue ? 'overdue' : '', action.status === 'closed' ? 'closed' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <tr className={classes || undefined} data-testid="log-row" aria-rowindex={props.rowIndex}>
      <ReferenceCell
        action={action}
        confidential={confidential}
        declassifying={props.declassifying}
        onDeclassify={() => props.onDeclassify(action.id)}
        focusNote={props.focusNote}
      />
      <td>{action.owner}</td>
      <td className="act-text">{action.text}</td>
      <td>
        {raisedAt ? (
          <Link href={`/meetings/${raisedAt.id}/minutes`}>Meeting {raisedAt.number}</Link>
        ) : (
          <>
            <span className="muted">earlier</span>{' '}
            <button
              type="button"
              id={`correct-${action.id}`}
              className="act-link-button"
              aria-expanded={props.editing}
              aria-controls={`edit-${action.id}`}
              onClick={() => props.onEdit(action.id)}
            >
              Correct<span className="visually-hidden"> {action.reference}</span>
            </button>
          </>
        )}
        <span className="act-sub muted">{formatShortDate(action.raisedOn)}</span>
      </td>
      <td className="act-date">
        {action.dueDate === null ? '—' : formatShortDate(action.dueDate)}
      </td>
      <td>
        {action.status === 'open' ? <Tag kind="open">Open</Tag> : <Tag kind="closed">Closed</Tag>}
        {closedAt && <span className="act-sub muted">at meeting {closedAt.number}</span>}
        {overdue && <span className="act-sub overdue-text">{overdue}</span>}
      </td>
      <td className="act-number">{age.daysOpen.toLocaleString('en-GB')}</td>
      <td>
        {updateCount === 0 ? (
          <span className="muted">None</span>
        ) : (
          <button
            type="button"
            className="act-link-button"
            aria-expanded={props.open}
            aria-controls={`updates-${action.id}`}
            onClick={() => props.onToggle(action.id)}
          >
            {props.open ? 'Hide' : 'Show'} {updateCount} update
            {updateCount === 1 ? '' : 's'}
            <span className="visually-hidden"> for {action.reference}</span>
          </button>
        )}
      </td>
    </tr>
  );
});

/** The action's updates meeting by meeting, in a row below it, read when it opens. */
export function UpdatesRow({
  entry,
  meetings,
}: {
  entry: LogEntry;
  meetings: ReadonlyMap<Id, Meeting>;
}) {
  const { db } = useServices();
  const updates = useUpdatesOf(db, entry.action.id);
  const label = `Updates for ${entry.action.reference}`;
  return (
    <tr className="updates-row" id={`updates-${entry.action.id}`}>
      <td colSpan={logColumns}>
        {updates === undefined ? (
          <p className="muted" aria-busy="true" aria-label={label}>
            Loading the updates…
          </p>
        ) : (
          <ol className="update-history" aria-label={label}>
            {loggedUpdates(updates, meetings).map(({ update, meeting }) => (
              <li key={update.id}>
                <span className="history-when">
                  {meeting ? (
                    <Link href={`/meetings/${meeting.id}/minutes`}>Meeting {meeting.number}</Link>
                  ) : (
                    'A deleted meeting'
                  )}
                  {meeting && <span className="muted"> · {formatShortDate(meeting.date)}</span>}
                </span>
                <span className="history-text">
                  {update.text}
                  {update.closes && <Tag kind="closed">Closed the action</Tag>}
                  {(update.confidential || entry.confidential) && (
                    <Tag kind="confidential">Confidential</Tag>
                  )}
                </span>
              </li>
            ))}
          </ol>
        )}
      </td>
    </tr>
  );
}
