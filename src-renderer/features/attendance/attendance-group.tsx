import { attendanceRoleLabels, type Attendance, type AttendanceRole } from '../../domain';
import { AttendeeRow } from './attendee-row';

const empty: Readonly<Record<AttendanceRole, string>> = {
  present: 'Nobody listed as present yet.',
  apologies: 'No apologies.',
  'in-attendance': 'Nobody else in attendance.',
};

/** One group of the attendance list, in the order the minutes print it. */
export function AttendanceGroup(props: {
  role: AttendanceRole;
  rows: readonly Attendance[];
  locked: boolean;
}) {
  const headingId = `attendance-${props.role}`;
  return (
    <section className="card attendance-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {attendanceRoleLabels[props.role]} <span className="count">{props.rows.length}</span>
      </h2>
      {props.rows.length === 0 ? (
        <p className="empty">{empty[props.role]}</p>
      ) : (
        <ul className="attendee-list" aria-labelledby={headingId}>
          {props.rows.map((row, index) => (
            <AttendeeRow
              key={row.id}
              row={row}
              locked={props.locked}
              index={index}
              count={props.rows.length}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
