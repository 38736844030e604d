import { useId, useMemo, useState } from 'react';
import { useMembers } from '../../db';
import { memberRoleLabels, memberRoles } from '../../domain/email';
import type { Meeting, Member, MemberRole } from '../../domain';
import type { DocumentKind, Variant } from '../../minutes';
import { useServices } from '../shell/app-context';
import { CirculationHistory } from './circulation-history';
import { documentNames, formatNames, variantNames, type ExportJob, type Format } from './produce';
import { useCirculate } from './use-circulate';
import './circulate.css';

type DocumentKey = `${DocumentKind} ${Format}`;
const documentKeys: readonly DocumentKey[] = [
  'minutes pdf',
  'minutes docx',
  'agenda pdf',
  'agenda docx',
];

const everyone: Record<MemberRole, string> = {
  member: 'All members',
  alternate: 'All alternates',
  observer: 'All observers',
  secretariat: 'The secretariat',
};

/** Roles ticked at first; observers are added by hand. */
const firstRoles: Record<MemberRole, boolean> = {
  member: true,
  alternate: true,
  observer: false,
  secretariat: true,
};

function jobOf(key: DocumentKey, variant: Variant): ExportJob {
  const [document, format] = key.split(' ') as [DocumentKind, Format];
  return { document, format, variant };
}

/**
 * Circulating the meeting's papers: who receives them (members with an address, ticked by
 * role), which variant and documents, then an .eml to open in the mail program, and the
 * meeting invitation. Each e-mail written is recorded on the meeting.
 */
export function CirculateSection({ meeting }: { meeting: Meeting }) {
  const { db } = useServices();
  const id = useId();
  const members = useMembers(db, meeting.bodyId);
  const withAddress = useMemo(() => (members ?? []).filter((m) => m.email !== ''), [members]);
  const [variant, setVariant] = useState<Variant>('public');
  const [documents, setDocuments] = useState<Record<DocumentKey, boolean>>({
    'minutes pdf': true,
    'minutes docx': false,
    'agenda pdf': false,
    'agenda docx': false,
  });
  const [invitation, setInvitation] = useState(false);
  // Ticks the secretary changed by hand, over the role's tick.
  const [ticks, setTicks] = useState<Record<string, boolean>>({});
  const [fromId, setFromId] = useState<string | null>(null);
  const circulate = useCirculate(meeting.bodyId, meeting.id);

  const ticked = (m: Member) => ticks[m.id] ?? firstRoles[m.role];
  const recipients = withAddress.filter(ticked).map((m) => ({ name: m.name, email: m.email }));
  const from =
    withAddress.find((m) => m.id === fromId) ??
    withAddress.find((m) => m.role === 'secretariat') ??
    withAddress[0];
  const jobs = documentKeys.filter((k) => documents[k]).map((k) => jobOf(k, variant));
  const setRole = (role: MemberRole, on: boolean) =>
    setTicks((t) => ({
      ...t,
      ...Object.fromEntries(withAddress.filter((m) => m.role === role).map((m) => [m.id, on])),
    }));

  const missing =
    recipients.length === 0
      ? 'Choose at least one recipient.'
      : jobs.length === 0
        ? 'Choose at least one document.'
        : undefined;
  return (
    <section className="card circulate" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Circulate</h2>
      {members !== undefined && withAddress.length === 0 ? (
        <p className="empty">
          No member has an e-mail address yet: add them in the body’s settings, under Members.
        </p>
      ) : (
        <form
          aria-label="Circulate the papers"
          onSubmit={(e) => {
            e.preventDefault();
            if (missing !== undefined || from === undefined) return;
            void circulate.writeEmail({
              variant,
              jobs,
              invitation,
              from: { name: from.name, email: from.email },
              recipients,
            });
          }}
        >
          <div className="row">
            <fieldset className="export-choice" disabled={circulate.busy}>
              <legend>Variant</legend>
              {(['public', 'confidential'] as const).map((v) => (
                <label key={v}>
                  <input
                    type="radio"
                    name={`${id}-variant`}
                    checked={variant === v}
                    onChange={() => setVariant(v)}
                  />
                  {variantNames[v]}
                </label>
              ))}
            </fieldset>
            <fieldset className="export-choice" disabled={circulate.busy}>
              <legend>Documents</legend>
              {documentKeys.map((key) => {
                const job = jobOf(key, variant);
                return (
                  <label key={key}>
                    <input
                      type="checkbox"
                      checked={documents[key]}
                      onChange={(e) => setDocuments((d) => ({ ...d, [key]: e.target.checked }))}
                    />
                    {documentNames[job.document]}, {formatNames[job.format]}
                  </label>
                );
              })}
              <label>
                <input
                  type="checkbox"
                  checked={invitation}
                  onChange={(e) => setInvitation(e.target.checked)}
                />
                Meeting invitation (.ics)
              </label>
            </fieldset>
            <fieldset className="export-choice" disabled={circulate.busy}>
              <legend>Send to</legend>
              {memberRoles
                .filter((role) => withAddress.some((m) => m.role === role))
                .map((role) => {
                  const ofRole = withAddress.filter((m) => m.role === role);
                  return (
                    <label key={role}>
                      <input
                        type="checkbox"
                        checked={ofRole.every(ticked)}
                        onChange={(e) => setRole(role, e.target.checked)}
                      />
                      {everyone[role]}
                    </label>
                  );
                })}
            </fieldset>
          </div>
          <fieldset className="circulate-recipients" disabled={circulate.busy}>
            <legend>Recipients ({recipients.length})</legend>
            <ul aria-label="Recipients">
              {withAddress.map((m) => (
                <li key={m.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={ticked(m)}
                      onChange={(e) => setTicks((t) => ({ ...t, [m.id]: e.target.checked }))}
                    />
                    {m.name}{' '}
                    <span className="muted">
                      &lt;{m.email}&gt; · {memberRoleLabels[m.role]}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="field circulate-from">
            <label htmlFor={`${id}-from`}>From</label>
            <select
              id={`${id}-from`}
              value={from?.id ?? ''}
              disabled={circulate.busy}
              onChange={(e) => setFromId(e.target.value)}
            >
              {withAddress.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} &lt;{m.email}&gt;
                </option>
              ))}
            </select>
          </div>
          {missing !== undefined && <p className="hint">{missing}</p>}
          <div className="circulate-buttons">
            <button
              type="submit"
              className="primary"
              disabled={circulate.busy || missing !== undefined}
            >
              {circulate.busy ? 'Writing…' : 'Write e-mail'}
            </button>
            <button
              type="button"
              disabled={circulate.busy || recipients.length === 0}
              onClick={() => void circulate.writeIcs(recipients)}
            >
              Save the invitation (.ics)
            </button>
          </div>
          <p className="hint">
            The e-mail is saved as an .eml file: open it in the mail program to check and send it. A
            confidential e-mail’s subject starts with CONFIDENTIAL.
          </p>
        </form>
      )}
      {circulate.status !== null && (
        <p
          className={circulate.status.tone === 'error' ? 'error' : 'ok'}
          role={circulate.status.tone === 'error' ? 'alert' : 'status'}
        >
          {circulate.status.message}
        </p>
      )}
      <CirculationHistory circulations={meeting.circulations} />
    </section>
  );
}
