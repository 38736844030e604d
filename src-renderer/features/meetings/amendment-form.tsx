import { useId, useState, type SubmitEvent } from 'react';
import { addAmendment, useNumberedAgenda } from '../../db';
import { limits, type Meeting } from '../../domain';
import { todayIso } from '../shared/dates';
import { FormField } from '../shared/form-field';
import { useAction } from '../shared/use-action';
import { AmendmentItemOptions } from '../shared/amendment-item-options';
import { useServices } from '../shell/app-context';

/** Records an amendment to approved minutes: when, why, and the wording as it now reads. */
export function AmendmentForm({ meeting }: { meeting: Meeting }) {
  const { data, db } = useServices();
  const id = useId();
  const items = useNumberedAgenda(db, meeting.id) ?? [];
  const [itemId, setItemId] = useState('');
  const [confidential, setConfidential] = useState(false);
  const [date, setDate] = useState(todayIso);
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const { act, busy } = useAction(async () => {
    const sent = { reason, text, itemId, confidential };
    // Cleared at once, so that the next amendment can be typed (and marked) while this one is
    // written; if it is refused, what was sent comes back unless the next has begun.
    setReason('');
    setText('');
    setItemId('');
    setConfidential(false);
    try {
      await addAmendment(data, meeting.id, {
        date,
        reason: sent.reason,
        text: sent.text,
        itemId: sent.itemId === '' ? null : sent.itemId,
        confidential: sent.confidential,
      });
    } catch (refused) {
      setReason((now) => (now === '' ? sent.reason : now));
      setText((now) => (now === '' ? sent.text : now));
      setItemId((now) => (now === '' ? sent.itemId : now));
      setConfidential((now) => now || sent.confidential);
      throw refused;
    }
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
      <div className="field">
        <label htmlFor={`${id}-item`}>Applies to</label>
        <select id={`${id}-item`} value={itemId} onChange={(e) => setItemId(e.target.value)}>
          <AmendmentItemOptions items={items} />
        </select>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={confidential}
          onChange={(e) => setConfidential(e.target.checked)}
        />{' '}
        Confidential: printed in the confidential minutes only
      </label>
      <button type="submit" className="primary" disabled={busy}>
        Record amendment
      </button>
    </form>
  );
}
