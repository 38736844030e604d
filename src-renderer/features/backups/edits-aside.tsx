import { useState } from 'react';
import type { AsideEntry, FieldWrite } from '../../db';
import { useServices } from '../shell/app-context';

const what: Record<FieldWrite['op'], string> = {
  updateBody: 'A setting of a body',
  updateMeeting: 'A detail of a meeting',
  updateItem: 'An agenda item',
  updateBlock: 'A paragraph or note of the minutes',
  updateDecision: 'A decision',
  updateAction: 'An action',
  updateActionUpdates: 'An update to an action',
  updateMember: 'A member',
  updateAttendance: 'An attendance entry',
  updateInterest: 'A declaration of interest',
};

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'medium' });

/** What the user typed, as text: each changed field's value. */
function typed(entry: AsideEntry): string {
  if (entry.write === null) return entry.raw;
  return Object.values(entry.write.patch)
    .map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
    .join('\n');
}

/**
 * Edits from an earlier session that the journal could not put back where they were typed
 * (the same words changed since, the record gone, an entry it could not read): shown with why,
 * to copy back by hand, until the user discards them.
 */
export function EditsAside() {
  const { journal } = useServices();
  const [entries, setEntries] = useState(() => journal.aside());
  if (entries.length === 0) return null;
  const discard = (key: string) => {
    journal.discard(key);
    setEntries(journal.aside());
  };
  return (
    <section aria-labelledby="edits-aside-heading" className="edits-aside">
      <h2 id="edits-aside-heading">Edits kept aside</h2>
      <p className="muted">
        These were typed in an earlier session but had not been saved when it ended, and could not
        be put back where they were typed. Copy what you need into its place, then discard them.
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key} data-testid="edit-aside">
            <p>
              <strong>
                {entry.write ? what[entry.write.op] : 'An edit that could not be read'}
              </strong>
              {entry.at !== null && <> — {when.format(new Date(entry.at))}</>}. {entry.reason}
            </p>
            <blockquote>{typed(entry)}</blockquote>
            <div className="row">
              <button
                type="button"
                onClick={() => void navigator.clipboard.writeText(typed(entry))}
              >
                Copy
              </button>
              <button type="button" onClick={() => discard(entry.key)}>
                Discard
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
