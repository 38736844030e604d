import { memo, useMemo, useState } from 'react';
import {
  actionAge,
  closingMeeting,
  groupUpdates,
  isLocked,
  outstandingAt,
  updateRowsAt,
  type AgendaItem,
  type Id,
  type Meeting,
} from '../../domain';
import { useServices } from '../shell/app-context';
import { GiveUpdateForm, type OutstandingEntry } from './give-update-form';
import { noUpdates, UpdateRows } from './update-rows';
import { useOutstandingLog } from './use-action-log';
import './actions.css';

/**
 * The Actions Outstanding item of a meeting: the open actions of earlier meetings, a way to
 * give one update to one or several of them (closing them if done), and the updates given at
 * this meeting as the minutes will print them. Memoised: a keystroke in a block of the same
 * item re-renders the item, and must not re-render a list of a few hundred actions with it.
 */
export const OutstandingActions = memo(function OutstandingActions(props: {
  meeting: Meeting;
  item: AgendaItem;
  /** The item is confidential (itself or through an item above it): so are its updates. */
  confidential: boolean;
}) {
  const { meeting, item, confidential } = props;
  const { db } = useServices();
  const log = useOutstandingLog(db, meeting.id);
  const locked = isLocked(meeting.status);

  const view = useMemo(() => {
    if (log === undefined) return undefined;
    const updated = new Set(
      log.updates.filter((u) => u.meetingId === meeting.id).map((u) => u.actionId),
    );
    const updatesOf = groupUpdates(log.updates);
    const entries: OutstandingEntry[] = outstandingAt(
      meeting,
      log.actions,
      log.updates,
      log.index,
    ).map((action) => ({
      action,
      age: actionAge(
        action,
        meeting.date,
        // Only a closed action's updates are all read (readOutstandingAt).
        action.status === 'open'
          ? null
          : (closingMeeting(action, updatesOf.get(action.id) ?? [], log.index)?.date ?? null),
      ),
      updated: updated.has(action.id),
      confidential: log.confidential.has(action.id),
    }));
    return { entries, confidential: log.confidential };
  }, [log, meeting]);
  // The updates of the row being edited (its words focused), kept on a row of their own.
  const [editing, setEditing] = useState<ReadonlySet<Id>>(noUpdates);
  const rows = useMemo(
    () => (log === undefined ? [] : updateRowsAt(meeting.id, log.actions, log.updates, editing)),
    [log, meeting.id, editing],
  );

  const headingId = `outstanding-${item.id}`;
  return (
    <section className="outstanding-actions" aria-labelledby={headingId}>
      <h3 id={headingId}>Actions outstanding from earlier meetings</h3>
      {view === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <>
          {view.entries.length === 0 ? (
            <p className="empty">No action is outstanding from earlier meetings.</p>
          ) : locked ? (
            <p className="muted">
              {view.entries.length} action{view.entries.length === 1 ? ' was' : 's were'}{' '}
              outstanding at this meeting. The minutes are approved, so updates can no longer be
              given here.
            </p>
          ) : (
            <GiveUpdateForm
              meetingId={meeting.id}
              entries={view.entries}
              inConfidence={confidential}
            />
          )}
          <UpdateRows
            rows={rows}
            locked={locked}
            inConfidence={confidential}
            confidentialActions={view.confidential}
            onEditing={setEditing}
          />
        </>
      )}
    </section>
  );
});
