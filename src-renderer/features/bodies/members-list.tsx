import { useId, useState, type SubmitEvent } from 'react';
import { addMember, removeMember, restoreMember, useMembers } from '../../db';
import { maxInitials, personError, suggestInitials, type Member } from '../../domain';
import { EditableText } from '../shared/editable-text';
import { MemberContact } from './member-contact';
import './member-initials.css';
import { useAction } from '../shared/use-action';
import { useSaveField, useServices } from '../shell/app-context';

/**
 * The body's members: name, organisation or role, initials (the name's suggested as a
 * placeholder), e-mail address and role, edited as typed.
 */
export function MembersList({ bodyId }: { bodyId: string }) {
  const { db } = useServices();
  const members = useMembers(db, bodyId);
  return (
    <section className="card form settings-card" aria-labelledby="members-heading">
      <h2 id="members-heading">
        Members {members && members.length > 0 && <span className="count">{members.length}</span>}
      </h2>
      {members === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : members.length === 0 ? (
        <p className="empty">No member yet. Add the Chair and the members below.</p>
      ) : (
        <ul className="member-list" aria-label="Members">
          {members.map((m) => (
            <MemberRow key={m.id} member={m} />
          ))}
        </ul>
      )}
      <AddMemberForm bodyId={bodyId} />
    </section>
  );
}

function MemberRow({ member }: { member: Member }) {
  const { data, store } = useServices();
  const saveField = useSaveField();
  const remove = useAction(async () => {
    const removed = await removeMember(data, member.id);
    if (!removed) return;
    store.getState().notify({
      tone: 'info',
      message: `${removed.name} removed from the members.`,
      undo: () => restoreMember(data, removed),
    });
  });
  const who = member.name || 'this member';
  return (
    // Name and organisation wrap rather than being cut; Enter does not break them.
    <li
      className="member-row"
      data-testid="member"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target instanceof HTMLTextAreaElement) e.preventDefault();
      }}
    >
      <EditableText
        label={`Name of ${who}`}
        hideLabel
        multiline
        value={member.name}
        onCommit={(name, was) =>
          saveField({ op: 'updateMember', id: member.id, patch: { name }, expected: { name: was } })
        }
        className="member-name wrapping"
      />
      <EditableText
        label={`Organisation or role of ${who}`}
        hideLabel
        multiline
        className="wrapping"
        value={member.organisation}
        placeholder="Organisation or role"
        onCommit={(organisation, was) =>
          saveField({
            op: 'updateMember',
            id: member.id,
            patch: { organisation },
            expected: { organisation: was },
          })
        }
      />
      <EditableText
        label={`Initials of ${who}`}
        hideLabel
        className="member-initials"
        maxLength={maxInitials}
        value={member.initials}
        placeholder={suggestInitials(member.name) || 'Initials'}
        onCommit={(initials, was) =>
          saveField({
            op: 'updateMember',
            id: member.id,
            patch: { initials },
            expected: { initials: was },
          })
        }
      />
      <button
        type="button"
        className="icon-button danger"
        aria-label={`Remove ${who}`}
        title="Remove"
        onClick={() => remove.act()}
        disabled={remove.busy}
      >
        ×
      </button>
      <MemberContact member={member} />
    </li>
  );
}

function AddMemberForm({ bodyId }: { bodyId: string }) {
  const { data } = useServices();
  const id = useId();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const add = useAction(async () => {
    await addMember(data, bodyId, { name, organisation });
    setName('');
    setOrganisation('');
    document.getElementById(`${id}-name`)?.focus();
  });
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    if (personError({ name, organisation }) === undefined) add.act();
  };
  return (
    <form className="add-row" onSubmit={submit} aria-label="Add a member">
      <div className="field grow">
        <label htmlFor={`${id}-name`}>Member’s name</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={500}
          placeholder="e.g. Gordon Hextall"
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field grow">
        <label htmlFor={`${id}-org`}>Organisation or role</label>
        <input
          id={`${id}-org`}
          value={organisation}
          maxLength={500}
          placeholder="e.g. Panel Chair"
          onChange={(e) => setOrganisation(e.target.value)}
        />
      </div>
      <button type="submit" disabled={add.busy || name.trim() === ''}>
        Add member
      </button>
    </form>
  );
}
