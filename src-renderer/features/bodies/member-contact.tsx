import { useId } from 'react';
import { emailError, memberRoleLabels, memberRoles } from '../../domain/email';
import type { Member, MemberRole } from '../../domain';
import { useCommittedValue } from '../shared/use-committed-value';
import { useReportError } from '../shared/use-report-error';
import { useSaveField } from '../shell/app-context';
import './member-contact.css';

/**
 * A member's e-mail address (for circulating papers) and role, each saved as it changes. An
 * address is saved only once it is one whole address; until then the field says what is
 * wrong and that it is not saved.
 */
export function MemberContact({ member }: { member: Member }) {
  const saveField = useSaveField();
  const report = useReportError();
  const id = useId();
  const who = member.name || 'this member';
  const email = useCommittedValue(
    member.email,
    (value, was) =>
      emailError(value) === undefined
        ? saveField({
            op: 'updateMember',
            id: member.id,
            patch: { email: value },
            expected: { email: was },
          })
        : Promise.resolve(),
    report,
  );
  const role = useCommittedValue(
    member.role,
    (value, was) =>
      saveField({
        op: 'updateMember',
        id: member.id,
        patch: { role: value },
        expected: { role: was },
      }),
    report,
  );
  const error = emailError(email.value);
  return (
    <div className="member-contact">
      <div className="field grow">
        <label htmlFor={`${id}-email`} className="visually-hidden">
          E-mail address of {who}
        </label>
        <input
          id={`${id}-email`}
          type="email"
          value={email.value}
          maxLength={320}
          placeholder="E-mail address"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-email-error` : undefined}
          onFocus={email.focus}
          onBlur={email.blur}
          onChange={(e) => email.change(e.target.value)}
        />
        {error && (
          <small id={`${id}-email-error`} className="error">
            {error} Not saved.
          </small>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`} className="visually-hidden">
          Membership of {who}
        </label>
        <select
          id={`${id}-role`}
          value={role.value}
          onChange={(e) => {
            role.change(e.target.value as MemberRole);
            role.flush();
          }}
        >
          {memberRoles.map((r) => (
            <option key={r} value={r}>
              {memberRoleLabels[r]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
