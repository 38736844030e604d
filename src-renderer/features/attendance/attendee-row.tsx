import { useEffect, useRef, type KeyboardEvent } from 'react';
import { removeAttendance, restoreAttendance, type AttendancePatch } from '../../db';
import { moveAttendance } from '../../db';
import type { Attendance } from '../../domain';
import { EditableText } from '../shared/editable-text';
import { useAction } from '../shared/use-action';
import { useQueued } from '../shared/use-queued';
import { useReportError } from '../shared/use-report-error';
import { useSaveField, useServices } from '../shell/app-context';
import { RoleSelect } from './role-select';
import { AlternateFor } from './alternate-for';

interface Props {
  row: Attendance;
  locked: boolean;
  /** Its place in its role's table, which the minutes print in this order. */
  index: number;
  count: number;
}

/**
 * One person at the meeting. A member shows the name and organisation taken from the body's
 * list; a guest's are edited here, in fields that wrap rather than cut a long name. Role and
 * note save at once. Move up and down (or Alt+↑/↓) sets the order the minutes print.
 */
export function AttendeeRow({ row, locked, index, count }: Props) {
  const { data, store } = useServices();
  const report = useReportError();
  const saveField = useSaveField();
  const save = (patch: AttendancePatch, expected?: AttendancePatch) =>
    saveField({ op: 'updateAttendance', id: row.id, patch, expected });
  const remove = useAction(async () => {
    const removed = await removeAttendance(data, row.id);
    if (!removed) return;
    store.getState().notify({
      tone: 'info',
      message: `${removed.name} taken off the attendance list.`,
      undo: () => restoreAttendance(data, removed),
    });
  });
  const move = useQueued((direction: -1 | 1) => moveAttendance(data, row.id, direction));
  const who = row.name || 'this person';
  const guest = row.memberId === null;

  // A row that moves may be re-inserted in the list, which drops focus: give it back to the
  // control that had it (or the other move button, when that one is now disabled).
  const refocus = useRef<HTMLElement | null>(null);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const target = refocus.current;
    refocus.current = null;
    if (!target) return;
    if (target instanceof HTMLButtonElement && target.disabled)
      (target === up.current ? down.current : up.current)?.focus();
    else target.focus();
  }, [index]);
  const moveBy = (direction: -1 | 1) => {
    const target = index + direction;
    if (target < 0 || target >= count) return;
    refocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    move(direction);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (locked || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    moveBy(e.key === 'ArrowUp' ? -1 : 1);
  };
  // A name or organisation is one line: Enter in its wrapping field does not break it.
  const oneLine = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.target instanceof HTMLTextAreaElement) e.preventDefault();
  };

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
    <li className="attendee" data-testid="attendee" aria-label={who} onKeyDown={onKeyDown}>
      <div className={guest ? 'attendee-who guest' : 'attendee-who'} onKeyDown={oneLine}>
        {guest ? (
          <>
            <EditableText
              label={`Name of guest ${who}`}
              hideLabel
              multiline
              className="attendee-name wrapping"
              value={row.name}
              onCommit={(name, was) => save({ name }, { name: was })}
            />
            <EditableText
              label={`Organisation of ${who}`}
              hideLabel
              multiline
              className="wrapping"
              placeholder="Organisation"
              value={row.organisation}
              onCommit={(organisation, was) => save({ organisation }, { organisation: was })}
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
        onCommit={(note, was) => save({ note }, { note: was })}
        className="attendee-note"
      />
      <RoleSelect
        label={`Role of ${who}`}
        hideLabel
        value={row.role}
        onChange={(role) => void save({ role }).catch(report)}
      />
      <AlternateFor row={row} who={who} save={save} onError={report} />
      <div className="row-commands" role="group" aria-label={`Commands for ${who}`}>
        <button
          type="button"
          ref={up}
          className="icon-button"
          aria-label={`Move ${who} up`}
          title="Move up (Alt+↑)"
          disabled={index === 0}
          onClick={() => moveBy(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          ref={down}
          className="icon-button"
          aria-label={`Move ${who} down`}
          title="Move down (Alt+↓)"
          disabled={index === count - 1}
          onClick={() => moveBy(1)}
        >
          ↓
        </button>
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
      </div>
    </li>
  );
}
