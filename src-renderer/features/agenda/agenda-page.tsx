import { Link } from 'wouter';
import { useAgendaItems, useMeeting } from '../../db';
import { isLocked, numberAgenda } from '../../domain';
import { MeetingHeader } from '../meetings/meeting-header';
import { MeetingLifecycle } from '../meetings/meeting-lifecycle';
import { useServices } from '../shell/app-context';
import { AddItemForm } from './add-item-form';
import { AgendaItemRow } from './agenda-item-row';
import { MeetingDetails } from './meeting-details';

/** A meeting's agenda: numbered items to add, edit, reorder and delete. */
export function AgendaPage({ meetingId }: { meetingId: string }) {
  const { db } = useServices();
  const meeting = useMeeting(db, meetingId);
  const items = useAgendaItems(db, meetingId);

  if (meeting === undefined) return <p aria-busy="true">Loading…</p>;
  if (meeting === null)
    return (
      <p>
        This meeting no longer exists. <Link href="/">Back to the bodies</Link>
      </p>
    );
  const locked = isLocked(meeting.status);
  const numbered = numberAgenda(items ?? []);

  return (
    <div className="page">
      <MeetingHeader meeting={meeting} current="agenda" />
      <MeetingLifecycle meeting={meeting} />
      <MeetingDetails meeting={meeting} locked={locked} />
      <section aria-labelledby="agenda-heading" className="agenda">
        <h2 id="agenda-heading">Agenda</h2>
        {items === undefined ? (
          <p aria-busy="true">Loading…</p>
        ) : numbered.length === 0 ? (
          <p className="empty">No item yet. Add the first agenda item below.</p>
        ) : (
          <ol className="agenda-list" aria-label="Agenda items">
            {numbered.map((n, index) => (
              <AgendaItemRow
                key={n.item.id}
                item={n.item}
                number={n.number}
                depth={n.depth}
                locked={locked}
                isFirst={isFirstSibling(numbered, index)}
                isLast={isLastSibling(numbered, index)}
              />
            ))}
          </ol>
        )}
        {!locked && <AddItemForm meetingId={meetingId} />}
      </section>
    </div>
  );
}

type Numbered = ReturnType<typeof numberAgenda>;

function isFirstSibling(list: Numbered, index: number): boolean {
  const me = list[index];
  return !list.slice(0, index).some((o) => o.item.parentId === me?.item.parentId);
}

function isLastSibling(list: Numbered, index: number): boolean {
  const me = list[index];
  return !list.slice(index + 1).some((o) => o.item.parentId === me?.item.parentId);
}
