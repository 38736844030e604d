import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import {
  renumberActions,
  useAgendaItems,
  useMinuteNumbersOf,
  useBody,
  useMeeting,
  useMeetingActionCount,
  useMeetingBlockCount,
} from '../../db';
import { confidentialityOf, isLocked, numberAgenda } from '../../domain';
import { withMinuteNumbers } from '../../domain/minute-numbering';
import { MeetingHeader } from '../meetings/meeting-header';
import { useAction } from '../shared/use-action';
import { useServices } from '../shell/app-context';
import { useApprovableMeetings } from './approve-minutes-dialog';
import { FollowChair } from './follow-chair';
import { ItemSection } from './item-section';
import { asksForKeys } from '../shared/shortcuts-dialog';
import { ShortcutsDialog } from './shortcuts-dialog';
import { Gone } from '../shared/gone';
import './minutes-editor.css';
import { useRevealOnArrival } from '../shared/reveal';

/** Up to this many items and blocks together, a meeting's minutes are drawn whole. */
const drawnWholeUpTo = 200;

/** The secretary's minutes editor: every agenda item in order, with its blocks of minutes. */
export function MinutesPage({ meetingId }: { meetingId: string }) {
  const { db, data, store } = useServices();
  const meeting = useMeeting(db, meetingId);
  const body = useBody(db, meeting?.bodyId ?? '');
  const items = useAgendaItems(db, meetingId);
  const numbers = useMinuteNumbersOf(db, meetingId, items);
  const actionCount = useMeetingActionCount(db, meetingId) ?? 0;
  const blockCount = useMeetingBlockCount(db, meetingId);
  const approvable = useApprovableMeetings(meeting);
  const [showKeys, setShowKeys] = useState(false);
  const renumber = useAction(async () => {
    const changed = await renumberActions(data, meetingId);
    store.getState().notify({
      tone: 'info',
      message:
        changed === 0
          ? 'The actions were already numbered in agenda order.'
          : `${String(changed)} action reference${changed === 1 ? '' : 's'} renumbered in agenda order.`,
    });
  });

  // "?" shows the shortcuts, unless it is being typed into a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (asksForKeys(e)) {
        e.preventDefault();
        setShowKeys(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A link from the Documents screen's findings, or a search result, lands on its block or item.
  useRevealOnArrival(meeting != null && items !== undefined && body != null, meetingId);

  if (meeting === undefined) return <p aria-busy="true">Loading…</p>;
  if (meeting === null) return <Gone what="meeting" />;
  const locked = isLocked(meeting.status);
  const numbered = withMinuteNumbers(numberAgenda(items ?? []), numbers);
  const confidentiality = confidentialityOf(items ?? [], []);
  // A meeting of the usual size is drawn whole, as a document (Find in the page sees it all);
  // a longer one only near the window (see ItemSection).
  const drawAll = blockCount !== undefined && numbered.length + blockCount <= drawnWholeUpTo;

  return (
    <div className="page minutes-page">
      <MeetingHeader meeting={meeting} current="minutes" />
      <div className="minutes-toolbar" role="toolbar" aria-label="Minutes">
        {locked ? (
          <p className="locked-note">
            These minutes are approved and locked. A change is recorded as an amendment.
          </p>
        ) : (
          <p className="muted">
            Everything is saved as you type. Press <kbd>?</kbd> for the keyboard shortcuts.
          </p>
        )}
        {/* References that run on across meetings are not renumbered meeting by meeting. */}
        {!locked && body?.actionRefCounter === 'meeting' && (
          <button
            type="button"
            onClick={() => renumber.act()}
            disabled={renumber.busy || actionCount === 0}
            title="Before approval: give the meeting's actions 01, 02 … in the order the minutes read"
          >
            Renumber actions in agenda order
          </button>
        )}
        {meeting.status === 'live' && <FollowChair items={items ?? []} />}
        <button type="button" onClick={() => setShowKeys(true)} aria-haspopup="dialog">
          Keyboard shortcuts
        </button>
      </div>
      {items === undefined || body === undefined || blockCount === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : body === null ? (
        <p className="error">The body of this meeting no longer exists.</p>
      ) : numbered.length === 0 ? (
        <p className="empty">
          The agenda is empty. <Link href={`/meetings/${meetingId}`}>Add agenda items</Link> first.
        </p>
      ) : (
        <div className="minutes-items">
          {numbered.map((n) => (
            <ItemSection
              key={n.item.id}
              item={n.item}
              number={n.number}
              depth={n.depth}
              body={body}
              meeting={meeting}
              locked={locked}
              confidentialBy={confidentiality.itemBy(n.item.id)}
              approvable={approvable}
              drawAll={drawAll}
            />
          ))}
        </div>
      )}
      <ShortcutsDialog open={showKeys} onClose={() => setShowKeys(false)} />
    </div>
  );
}
