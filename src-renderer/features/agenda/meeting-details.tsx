import { useCallback } from 'react';
import { updateMeeting, type MeetingPatch } from '../../db';
import type { Meeting } from '../../domain';
import { EditableText } from '../shared/editable-text';
import { useServices } from '../shell/app-context';

/** The meeting's date, time and venue, editable until the minutes are approved. */
export function MeetingDetails({ meeting, locked }: { meeting: Meeting; locked: boolean }) {
  const { data } = useServices();
  const save = useCallback(
    (key: keyof MeetingPatch) => (value: string) =>
      updateMeeting(data, meeting.id, { [key]: value }),
    [data, meeting.id],
  );
  if (locked) return null;
  return (
    <details className="card meeting-details">
      <summary>Meeting details</summary>
      <div className="row">
        <EditableText label="Venue" value={meeting.venue} onCommit={save('venue')} />
      </div>
    </details>
  );
}
