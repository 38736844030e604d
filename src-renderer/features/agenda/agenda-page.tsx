import { useMemo } from 'react';
import { useAgendaItems, useMeeting, useMinuteNumbersOf } from '../../db';
import { isLocked, numberAgenda } from '../../domain';
import { withMinuteNumbers } from '../../domain/minute-numbering';
import { MeetingHeader } from '../meetings/meeting-header';
import { MeetingLifecycle } from '../meetings/meeting-lifecycle';
import { useServices } from '../shell/app-context';
import { AddItemForm } from './add-item-form';
import { AgendaTools } from './agenda-tools';
import { agendaTree } from './agenda-tree';
import { MeetingDetails } from './meeting-details';
import { SortableList } from './sortable-list';
import { Gone } from '../shared/gone';
import { agendaKeys } from '../shared/screen-keys';
import { ScreenShortcuts } from '../shared/shortcuts-dialog';
import './agenda.css';

/** A meeting's agenda: numbered items to add, edit, drag into order and delete. */
export function AgendaPage({ meetingId }: { meetingId: string }) {
  const { db } = useServices();
  const meeting = useMeeting(db, meetingId);
  const items = useAgendaItems(db, meetingId);
  // Built once per stored change, so each sibling list keeps its identity between renders.
  // The numbers the documents print (running, private part, none), in the stored order dragged.
  const numbers = useMinuteNumbersOf(db, meetingId, items);
  const tree = useMemo(
    () => agendaTree(withMinuteNumbers(numberAgenda(items ?? []), numbers)),
    [items, numbers],
  );

  if (meeting === undefined) return <p aria-busy="true">Loading…</p>;
  if (meeting === null) return <Gone what="meeting" />;
  const locked = isLocked(meeting.status);

  return (
    <div className="page">
      <MeetingHeader meeting={meeting} current="agenda" />
      <MeetingLifecycle meeting={meeting} />
      <MeetingDetails meeting={meeting} locked={locked} />
      <section aria-labelledby="agenda-heading" className="agenda">
        <div className="agenda-heading">
          <h2 id="agenda-heading">Agenda</h2>
          {!locked && <AgendaTools meeting={meeting} />}
        </div>
        {items === undefined ? (
          <p aria-busy="true">Loading…</p>
        ) : tree.length === 0 ? (
          <p className="empty">
            No item yet. Add the first agenda item below, or start from the commands above.
          </p>
        ) : (
          <SortableList nodes={tree} label="Agenda items" locked={locked} />
        )}
        {!locked && <AddItemForm meetingId={meetingId} />}
      </section>
      <ScreenShortcuts keys={agendaKeys} />
    </div>
  );
}
