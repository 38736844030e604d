import { useId, useState, type SubmitEvent } from 'react';
import { addAllMembersPresent, addGuestAttendance, addMemberAttendance } from '../../db';
import { personError, type AttendanceRole, type Member } from '../../domain';
import { useAction } from '../shared/use-action';
import { useServices } from '../shell/app-context';
import { RoleSelect } from './role-select';

/** Lists a member of the body, or all members not yet listed as present. */
export function AddMemberAttendee(props: { meetingId: string; unlisted: readonly Member[] }) {
  const { data, store } = useServices();
  const id = useId();
  const [memberId, setMemberId] = useState('');
  const [role, setRole] = useState<AttendanceRole>('present');
  // The chosen member, if still unlisted; otherwise the first one unlisted.
  const chosen = props.unlisted.find((m) => m.id === memberId) ?? props.unlisted[0];
  const add = useAction(async () => {
    if (!chosen) return;
    const sent = chosen.id;
    await addMemberAttendance(data, props.meetingId, sent, { role });
    // Back to the first unlisted member, unless another has been chosen meanwhile.
    setMemberId((now) => (now === sent ? '' : now));
  });
  const addAll = useAction(async () => {
    const added = await addAllMembersPresent(data, props.meetingId);
    store.getState().notify({
      tone: 'info',
      message: `${String(added)} member${added === 1 ? '' : 's'} added as present.`,
    });
  });
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    add.act();
  };
  const none = props.unlisted.length === 0;
  return (
    <form className="card form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Add a member</h2>
      {none ? (
        <p className="hint">Every member of the body is listed.</p>
      ) : (
        <div className="row">
          <div className="field grow">
            <label htmlFor={`${id}-member`}>Member</label>
            <select
              id={`${id}-member`}
              value={chosen?.id ?? ''}
              onChange={(e) => setMemberId(e.target.value)}
            >
              {props.unlisted.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.organisation ? `${m.name} — ${m.organisation}` : m.name}
                </option>
              ))}
            </select>
          </div>
          <RoleSelect label="As" value={role} onChange={setRole} />
          <button type="submit" disabled={add.busy}>
            Add
          </button>
        </div>
      )}
      <button
        type="button"
        className="primary"
        disabled={none || addAll.busy}
        onClick={() => addAll.act()}
      >
        Add all members as present
      </button>
    </form>
  );
}

/** Lists someone who is not a member: a presenter, an observer, a secretariat officer. */
export function AddGuest({ meetingId }: { meetingId: string }) {
  const { data } = useServices();
  const id = useId();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState<AttendanceRole>('in-attendance');
  const add = useAction(async () => {
    const sent = { name, organisation };
    // Cleared at once, so that the next guest can be typed while this one is written; if it
    // is refused, what was sent comes back unless the next has begun.
    setName('');
    setOrganisation('');
    document.getElementById(`${id}-name`)?.focus();
    try {
      await addGuestAttendance(data, meetingId, { ...sent, role });
    } catch (refused) {
      setName((now) => (now === '' ? sent.name : now));
      setOrganisation((now) => (now === '' ? sent.organisation : now));
      throw refused;
    }
  });
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    if (personError({ name, organisation }) === undefined) add.act();
  };
  return (
    <form className="card form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Add a guest</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>Guest’s name</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={500}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="row">
        <div className="field grow">
          <label htmlFor={`${id}-org`}>Organisation</label>
          <input
            id={`${id}-org`}
            value={organisation}
            maxLength={500}
            onChange={(e) => setOrganisation(e.target.value)}
          />
        </div>
        <RoleSelect label="As" value={role} onChange={setRole} />
      </div>
      <button type="submit" disabled={add.busy || name.trim() === ''}>
        Add guest
      </button>
    </form>
  );
}
