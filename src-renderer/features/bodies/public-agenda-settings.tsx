import { useId } from 'react';
import type { AgendaConfidentialItems, Body } from '../../domain';
import { useSaveField } from '../shell/app-context';
import { useStoredChoice } from './use-stored-choice';

const choices: { value: AgendaConfidentialItems; label: string }[] = [
  { value: 'title', label: 'By its title only' },
  { value: 'omit', label: 'Left out' },
];

/** How the public agenda pack shows a confidential item. */
export function PublicAgendaSettings({ body }: { body: Body }) {
  const saveField = useSaveField();
  const id = useId();
  const [shown, choose] = useStoredChoice(body.agendaConfidentialItems, (value) =>
    saveField({ op: 'updateBody', id: body.id, patch: { agendaConfidentialItems: value } }),
  );
  return (
    <section className="card form settings-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Public agenda</h2>
      <fieldset className="choice-group" aria-describedby={`${id}-hint`}>
        <legend>A confidential item appears</legend>
        {choices.map((c) => (
          <label key={c.value}>
            <input
              type="radio"
              name={`${id}-confidential-items`}
              checked={shown === c.value}
              onChange={() => choose(c.value)}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      <p id={`${id}-hint`} className="hint">
        Its presenter, papers and sub-items are never in the public agenda; left out, its number is
        skipped there too.
      </p>
    </section>
  );
}
