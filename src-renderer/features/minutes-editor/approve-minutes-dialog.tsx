import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  approvableMeetings,
  approveMinutesAt,
  useNumberedAgenda,
  useMeetings,
  type AgreedAmendment,
} from '../../db';
import { limits, type AgendaItem, type Meeting } from '../../domain';
import { formatMeetingDate } from '../shared/dates';
import { useAction } from '../shared/use-action';
import { AmendmentItemOptions } from '../shared/amendment-item-options';
import { useServices } from '../shell/app-context';
import './approve-minutes.css';

/** Items that usually take the approval of the previous minutes. */
const minutesTitle = /\bminutes\b/i;

interface Props {
  meeting: Meeting;
  item: AgendaItem;
  number: string;
  /** The meetings whose minutes `meeting` may approve ({@link useApprovableMeetings}). */
  approvable: readonly Meeting[];
}

const none: readonly Meeting[] = [];

/**
 * The earlier meetings of the body whose minutes `meeting` may approve: held, not yet approved,
 * newest first. Called once by the page and handed to every item, not once per item: a page of
 * 120 items is one query of the body's meetings, not 120.
 */
export function useApprovableMeetings(meeting: Meeting | null | undefined): readonly Meeting[] {
  const { db } = useServices();
  // Only a running or held meeting approves minutes: no meetings looked up for the others.
  const approves = meeting?.status === 'live' || meeting?.status === 'held';
  const meetings = useMeetings(db, approves ? meeting.bodyId : '');
  return useMemo(
    () => (approves && meetings !== undefined ? approvableMeetings(meeting, meetings) : none),
    [approves, meeting, meetings],
  );
}

/**
 * "Approve the minutes of meeting 29…" for each earlier meeting of the body whose minutes are
 * held and not yet approved. Shown outright on an item about the minutes ("Minutes and
 * Actions Outstanding"), and folded away on any other item of a live or held meeting.
 */
export function ApproveMinutesCommands({ meeting, item, number, approvable }: Props) {
  const [target, setTarget] = useState<Meeting | null>(null);
  if (approvable.length === 0) return null;
  const buttons = (
    <div className="row approve-minutes-commands">
      {approvable.map((m) => (
        <button
          key={m.id}
          type="button"
          aria-label={`Approve the minutes of meeting ${String(m.number)} at item ${number}`}
          onClick={() => setTarget(m)}
        >
          Approve the minutes of meeting {m.number}…
        </button>
      ))}
    </div>
  );
  return (
    <>
      {minutesTitle.test(item.title) ? (
        buttons
      ) : (
        <details className="approve-minutes-more">
          <summary>Approve earlier minutes here</summary>
          {buttons}
        </details>
      )}
      {target !== null && (
        <ApproveMinutesDialog
          item={item}
          approving={meeting}
          target={target}
          onClose={() => setTarget(null)}
        />
      )}
    </>
  );
}

interface Draft extends AgreedAmendment {
  key: number;
}

/**
 * The amendments typed in the dialog, by the meeting approving and the meeting approved, kept
 * for this window's lifetime: closing the dialog (Escape, Cancel) keeps them for its next
 * opening, from any item of the meeting; approving the minutes lets them go.
 */
const typedAmendments = new Map<string, readonly Draft[]>();
const draftsKey = (approving: Meeting, target: Meeting) => `${approving.id} ${target.id}`;

const blank = (key: number): Draft => ({
  key,
  text: '',
  reason: '',
  itemId: null,
  confidential: false,
});

function ApproveMinutesDialog(props: {
  item: AgendaItem;
  approving: Meeting;
  target: Meeting;
  onClose: () => void;
}) {
  const { db, data } = useServices();
  const { target, approving, onClose } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const items = useNumberedAgenda(db, target.id) ?? [];
  const kept = draftsKey(approving, target);
  const [drafts, setDrafts] = useState<readonly Draft[]>(() => typedAmendments.get(kept) ?? []);
  useEffect(() => {
    typedAmendments.set(kept, drafts);
  }, [kept, drafts]);
  const n = String(target.number);
  const { act, busy } = useAction(async () => {
    const amendments: AgreedAmendment[] = drafts.map((d) => ({
      text: d.text,
      reason: d.reason,
      itemId: d.itemId,
      confidential: d.confidential,
    }));
    await approveMinutesAt(data, props.item.id, target.id, amendments);
    typedAmendments.delete(kept);
    dialog.current?.close();
  });

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const change = (key: number, patch: Partial<AgreedAmendment>) =>
    setDrafts((list) => list.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog approve-minutes-dialog"
      aria-labelledby={`${id}-h`}
      onClose={onClose}
    >
      <h2 id={`${id}-h`}>Approve the minutes of meeting {n}</h2>
      <p>
        Meeting {n} of {formatMeetingDate(target.date)}. Its minutes will be approved at meeting{' '}
        {approving.number} and locked: a later change is recorded as an amendment. The decision is
        added to the minutes of this item.
      </p>
      {drafts.length === 0 ? (
        <p className="muted">No amendment: the minutes are approved as they stand.</p>
      ) : (
        <ol className="approve-amendments" aria-label="Amendments agreed">
          {drafts.map((d, i) => {
            const which = `amendment ${String(i + 1)}`;
            return (
              <li key={d.key} className="approve-amendment">
                <label>
                  Amended wording ({which})
                  <textarea
                    rows={3}
                    value={d.text}
                    maxLength={limits.longText}
                    onChange={(e) => change(d.key, { text: e.target.value })}
                  />
                </label>
                <label>
                  Reason ({which})
                  <input
                    value={d.reason}
                    maxLength={limits.shortText}
                    onChange={(e) => change(d.key, { reason: e.target.value })}
                  />
                </label>
                <label>
                  Applies to ({which})
                  <select
                    value={d.itemId ?? ''}
                    onChange={(e) => change(d.key, { itemId: e.target.value || null })}
                  >
                    <AmendmentItemOptions items={items} />
                  </select>
                </label>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={d.confidential}
                    onChange={(e) => change(d.key, { confidential: e.target.checked })}
                  />{' '}
                  Confidential ({which}): printed in the confidential minutes only
                </label>
                <button
                  type="button"
                  onClick={() => setDrafts((list) => list.filter((x) => x.key !== d.key))}
                >
                  Remove {which}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div className="confirm-commands">
        <button
          type="button"
          onClick={() => setDrafts((list) => [...list, blank((list.at(-1)?.key ?? 0) + 1)])}
        >
          Add an amendment
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => act()}>
          Approve the minutes of meeting {n}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
