import { useId } from 'react';
import type { Body } from '../../domain';
import { useSaveField } from '../shell/app-context';
import { useStoredChoice } from './use-stored-choice';

/** Whether a declaration of interest means the member withdrew for the item, by default. */
export function InterestSettings({ body }: { body: Body }) {
  const saveField = useSaveField();
  const id = useId();
  const [checked, choose] = useStoredChoice(body.interestWithdrawal, (value) =>
    saveField({ op: 'updateBody', id: body.id, patch: { interestWithdrawal: value } }),
  );
  return (
    <section className="card form settings-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Declarations of interest</h2>
      <div className="check-field">
        <input
          id={`${id}-withdraw`}
          type="checkbox"
          checked={checked}
          aria-describedby={`${id}-withdraw-hint`}
          onChange={(e) => choose(e.target.checked)}
        />
        <label htmlFor={`${id}-withdraw`}>A member who declares an interest withdraws</label>
      </div>
      <p id={`${id}-withdraw-hint`} className="hint">
        A new declaration on the Attendance screen starts as “withdrew for the item”; each one can
        still be changed.
      </p>
    </section>
  );
}
