import { Link } from 'wouter';
import { useAgendaItems, useBody, useMeeting } from '../../db';
import { isLocked, meetingStatusLabels, numberAgenda } from '../../domain';
import { formatMeetingDate } from '../shared/dates';
import { useServices } from '../shell/app-context';
import { AddItemForm } from './add-item-form';
import { AgendaItemRow } from './agenda-item-row';
import { MeetingDetails } from './meeting-details';

/** A meeting's agenda: numbered items to add, edit, reorder and delete. */
export function AgendaPage({ meetingId }: { meetingId: string }) {
  const { db } = useServices();
  const meeting = useMeeting(db, meetingId);
  const body = useBody(db, meeting?.bodyId ?? '');
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
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Bodies</Link> ›{' '}
        {body ? <Link href={`/bodies/${body.id}`}>{body.name}</Link> : '…'} ›{' '}
        <span aria-current="page">Meeting {meeting.number}</span>
      </nav>
      <h1>
        {body?.name ?? ''} meeting {meeting.number}
        <span className={`status status-${meeting.status}`}>
          {meetingStatusLabels[meeting.status]}
        </span>
      </h1>
      <p className="muted">
        {formatMeetingDate(meeting.date)} at {meeting.startTime}
        {meeting.venue ? `, ${meeting.venue}` : ''}
      </p>
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
