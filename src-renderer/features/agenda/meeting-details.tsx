import { useCallback } from 'react';
import type { MeetingPatch } from '../../db';
import { isIsoDate, isTime, type Meeting } from '../../domain';
import { EditableText } from '../shared/editable-text';
import { useSaveField } from '../shell/app-context';

/**
 * The meeting's date, time and venue, editable until the minutes are approved. A date or time
 * still being typed (not yet valid) is kept in the field and written once it is whole.
 */
export function MeetingDetails({ meeting, locked }: { meeting: Meeting; locked: boolean }) {
  const saveField = useSaveField();
  const save = useCallback(
    (key: keyof MeetingPatch) => (value: string, was: string) =>
      saveField({
        op: 'updateMeeting',
        id: meeting.id,
        patch: { [key]: value },
        expected: { [key]: was },
      }),
    [saveField, meeting.id],
  );
  if (locked) return null;
  return (
    <details className="card meeting-details">
      <summary>Meeting details</summary>
      <div className="row">
        <EditableText
          label="Date"
          type="date"
          value={meeting.date}
          onCommit={(date, was) => (isIsoDate(date) ? save('date')(date, was) : Promise.resolve())}
        />
        <EditableText
          label="Time"
          type="time"
          value={meeting.startTime}
          onCommit={(time, was) =>
            isTime(time) ? save('startTime')(time, was) : Promise.resolve()
          }
        />
        <EditableText label="Venue" value={meeting.venue} onCommit={save('venue')} />
      </div>
    </details>
  );
}
