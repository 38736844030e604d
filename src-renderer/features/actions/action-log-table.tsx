import { Fragment, useState } from 'react';
import { Link } from 'wouter';
import type { Id } from '../../domain';
import { DeclassifyForm } from './declassify-form';
import { EarlierActionForm } from './earlier-action-form';
import { ReferenceCell, declassifyButtonId, declassifyFormRowId } from './reference-cell';
import { Tag } from './tag';
import { describeOverdue, formatShortDate } from './describe';
import type { LogEntry } from './log-entries';

const columns = 8;

interface Props {
  entries: readonly LogEntry[];
  bodyId: Id;
  prefix: string;
}

/**
 * The log as a table; each action opens to show its updates meeting by meeting, an earlier
 * action (recorded by hand) opens a form to correct it, and a confidential one a form to
 * declassify it.
 */
export function ActionLogTable({ entries, bodyId, prefix }: Props) {
  const [expanded, setExpanded] = useState<ReadonlySet<Id>>(new Set());
  const [editing, setEditing] = useState<Id | null>(null);
  const [declassifying, setDeclassifying] = useState<Id | null>(null);
  const [declassified, setDeclassified] = useState<Id | null>(null);
  const toggle = (id: Id) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div className="table-scroll">
      <table className="log-table">
        <caption className="visually-hidden">Actions of the body</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Owner</th>
            <th scope="col">Action</th>
            <th scope="col">Raised at</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col" className="act-number">
              Days open
            </th>
            <th scope="col">Updates</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <Fragment key={entry.action.id}>
              <LogRow
                entry={entry}
                open={expanded.has(entry.action.id)}
                onToggle={() => toggle(entry.action.id)}
                editing={editing === entry.action.id}
                onEdit={() => setEditing(editing === entry.action.id ? null : entry.action.id)}
                declassifying={declassifying === entry.action.id}
                onDeclassify={() =>
                  setDeclassifying(declassifying === entry.action.id ? null : entry.action.id)
                }
                focusNote={declassified === entry.action.id}
              />
              {declassifying === entry.action.id && (
                <tr className="edit-row" id={declassifyFormRowId(entry.action)}>
                  <td colSpan={columns}>
                    <DeclassifyForm
                      action={entry.action}
                      onClose={(how) => {
                        setDeclassifying(null);
                        // Focus goes to the line that says it was declassified, or back.
                        if (how === 'declassified') return setDeclassified(entry.action.id);
                        const id = declassifyButtonId(entry.action);
                        requestAnimationFrame(() => document.getElementById(id)?.focus());
                      }}
                    />
                  </td>
                </tr>
              )}
              {expanded.has(entry.action.id) && <UpdatesRow entry={entry} />}
              {editing === entry.action.id && (
                <tr className="edit-row" id={`edit-${entry.action.id}`}>
                  <td colSpan={columns}>
                    <EarlierActionForm
                      bodyId={bodyId}
                      prefix={prefix}
                      editing={entry.action}
                      onClose={(how) => {
                        setEditing(null);
                        // Focus goes back where it came from, or to the log when the row went.
                        const id = how === 'deleted' ? 'log-heading' : `correct-${entry.action.id}`;
                        requestAnimationFrame(() => document.getElementById(id)?.focus());
                      }}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LogRow(props: {
  entry: LogEntry;
  open: boolean;
  onToggle: () => void;
  editing: boolean;
  onEdit: () => void;
  declassifying: boolean;
  onDeclassify: () => void;
  focusNote: boolean;
}) {
  const { action, raisedAt, closedAt, age, updates, confidential } = props.entry;
  const overdue = describeOverdue(age);
  const classes = [overdue ? 'overdue' : '', action.status === 'closed' ? 'closed' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <tr className={classes || undefined} data-testid="log-row">
      <ReferenceCell
        action={action}
        confidential={confidential}
        declassifying={props.declassifying}
        onDeclassify={props.onDeclassify}
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
              onClick={props.onEdit}
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
        {updates.length === 0 ? (
          <span className="muted">None</span>
        ) : (
          <button
            type="button"
            className="act-link-button"
            aria-expanded={props.open}
            aria-controls={`updates-${action.id}`}
            onClick={props.onToggle}
          >
            {props.open ? 'Hide' : 'Show'} {updates.length} update
            {updates.length === 1 ? '' : 's'}
            <span className="visually-hidden"> for {action.reference}</span>
          </button>
        )}
      </td>
    </tr>
  );
}

function UpdatesRow({ entry }: { entry: LogEntry }) {
  return (
    <tr className="updates-row" id={`updates-${entry.action.id}`}>
      <td colSpan={columns}>
        <ol className="update-history" aria-label={`Updates for ${entry.action.reference}`}>
          {entry.updates.map(({ update, meeting }) => (
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
      </td>
    </tr>
  );
}
