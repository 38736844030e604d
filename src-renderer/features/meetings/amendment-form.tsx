import { useId, useState, type SubmitEvent } from 'react';
import { addAmendment } from '../../db';
import { limits, type Meeting } from '../../domain';
import { todayIso } from '../shared/dates';
import { FormField } from '../shared/form-field';
import { useAction } from '../shared/use-action';
import { useServices } from '../shell/app-context';

/** Records an amendment to approved minutes: when, why, and the wording as it now reads. */
export function AmendmentForm({ meeting }: { meeting: Meeting }) {
  const { data } = useServices();
  const id = useId();
  const [date, setDate] = useState(todayIso);
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const { act, busy } = useAction(async () => {
    await addAmendment(data, meeting.id, { date, reason, text });
    setReason('');
    setText('');
  });
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    act();
  };
  return (
    <form className="form amendment-form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Record an amendment</h3>
      <FormField label="Date of the amendment" type="date" value={date} onValue={setDate} />
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason</label>
        <input
          id={`${id}-reason`}
          value={reason}
          maxLength={limits.shortText}
          placeholder="e.g. Agreed at meeting 31: a correction to item 4"
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Amended wording</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={text}
          maxLength={limits.longText}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="submit" className="primary" disabled={busy}>
        Record amendment
      </button>
    </form>
  );
}
