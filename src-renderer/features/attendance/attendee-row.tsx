import { removeAttendance, restoreAttendance, type AttendancePatch } from '../../db';
import type { Attendance } from '../../domain';
import { EditableText } from '../shared/editable-text';
import { useAction } from '../shared/use-action';
import { useReportError } from '../shared/use-report-error';
import { useSaveField, useServices } from '../shell/app-context';
import { RoleSelect } from './role-select';

/**
 * One person at the meeting. A member shows the name and organisation taken from the body's
 * list; a guest's are edited here. Role and note save at once.
 */
export function AttendeeRow({ row, locked }: { row: Attendance; locked: boolean }) {
  const { data, store } = useServices();
  const report = useReportError();
  const saveField = useSaveField();
  const save = (patch: AttendancePatch) => saveField({ op: 'updateAttendance', id: row.id, patch });
  const remove = useAction(async () => {
    const removed = await removeAttendance(data, row.id);
    if (!removed) return;
    store.getState().notify({
      tone: 'info',
      message: `${removed.name} taken off the attendance list.`,
      undo: () => restoreAttendance(data, removed),
    });
  });
  const who = row.name || 'this person';
  const guest = row.memberId === null;

  if (locked)
    return (
      <li className="attendee" data-testid="attendee">
        <div className="attendee-who">
          <strong>{row.name}</strong>
          {row.organisation && <span className="muted">{row.organisation}</span>}
        </div>
        {row.note && <span className="attendee-note-text">{row.note}</span>}
      </li>
    );

  return (
    <li className="attendee" data-testid="attendee" aria-label={who}>
      <div className="attendee-who">
        {guest ? (
          <>
            <EditableText
              label={`Name of guest ${who}`}
              hideLabel
              className="attendee-name"
              value={row.name}
              onCommit={(name) => save({ name })}
            />
            <EditableText
              label={`Organisation of ${who}`}
              hideLabel
              placeholder="Organisation"
              value={row.organisation}
              onCommit={(organisation) => save({ organisation })}
            />
            <span className="tag">Guest</span>
          </>
        ) : (
          <>
            <strong className="attendee-name-text">{row.name}</strong>
            {row.organisation && <span className="muted">{row.organisation}</span>}
          </>
        )}
      </div>
      <EditableText
        label={`Note for ${who}`}
        hideLabel
        placeholder="Note, e.g. for item 5"
        value={row.note}
        onCommit={(note) => save({ note })}
        className="attendee-note"
      />
      <RoleSelect
        label={`Role of ${who}`}
        hideLabel
        value={row.role}
        onChange={(role) => void save({ role }).catch(report)}
      />
      <button
        type="button"
        className="icon-button danger"
        aria-label={`Remove ${who}`}
        title="Remove"
        disabled={remove.busy}
        onClick={() => remove.act()}
      >
        ×
      </button>
    </li>
  );
}
