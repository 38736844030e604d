import { useId } from 'react';
import { attendanceRoleLabels, attendanceRoles, type AttendanceRole } from '../../domain';

/** Present, Apologies or In attendance. */
export function RoleSelect(props: {
  label: string;
  hideLabel?: boolean;
  value: AttendanceRole;
  onChange: (role: AttendanceRole) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      <select
        id={id}
        value={props.value}
        onChange={(e) => {
          const role = attendanceRoles.find((r) => r === e.target.value);
          if (role) props.onChange(role);
        }}
      >
        {attendanceRoles.map((r) => (
          <option key={r} value={r}>
            {attendanceRoleLabels[r]}
          </option>
        ))}
      </select>
    </div>
  );
}
