import { useId, useState } from 'react';
import type { Body } from '../../domain';
import { useReportError } from '../shared/use-report-error';
import { useSaveField } from '../shell/app-context';

/** Whether a declaration of interest means the member withdrew for the item, by default. */
export function InterestSettings({ body }: { body: Body }) {
  const saveField = useSaveField();
  const report = useReportError();
  const id = useId();
  // The box shows the click at once, until the stored value it was clicked against changes.
  const [clicked, setClicked] = useState<{ value: boolean; over: boolean } | null>(null);
  const checked =
    clicked !== null && clicked.over === body.interestWithdrawal
      ? clicked.value
      : body.interestWithdrawal;
  return (
    <section className="card form settings-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Declarations of interest</h2>
      <div className="check-field">
        <input
          id={`${id}-withdraw`}
          type="checkbox"
          checked={checked}
          aria-describedby={`${id}-withdraw-hint`}
          onChange={(e) => {
            const value = e.target.checked;
            setClicked({ value, over: body.interestWithdrawal });
            saveField({
              op: 'updateBody',
              id: body.id,
              patch: { interestWithdrawal: value },
            }).catch((error: unknown) => {
              setClicked(null);
              report(error);
            });
          }}
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
