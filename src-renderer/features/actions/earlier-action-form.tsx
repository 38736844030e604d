import { useId, useState, type SubmitEvent } from 'react';
import { recordEarlierAction } from '../../db';
import { limits } from '../../domain';
import { FormField } from '../shared/form-field';
import { useAction } from '../shared/use-action';
import { useServices } from '../shell/app-context';

interface Draft {
  reference: string;
  owner: string;
  text: string;
  raisedOn: string;
  dueDate: string;
}

const empty: Draft = { reference: '', owner: '', text: '', raisedOn: '', dueDate: '' };

/**
 * Records an action raised before the body used Minutebook, so it is carried forward like any
 * other. The data layer checks every field; its message is shown under the form.
 */
export function EarlierActionForm({ bodyId, prefix }: { bodyId: string; prefix: string }) {
  const { data } = useServices();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(empty);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const { act, busy } = useAction(async () => {
    setDone('');
    try {
      await recordEarlierAction(data, bodyId, {
        ...draft,
        dueDate: draft.dueDate === '' ? null : draft.dueDate,
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return;
    }
    setError('');
    setDone(`${draft.reference.trim()} recorded.`);
    setDraft(empty);
  });
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    act();
  };

  return (
    <form
      className="card form earlier-action"
      onSubmit={submit}
      aria-labelledby={`${id}-h`}
      noValidate
    >
      <h2 id={`${id}-h`}>Record an earlier action</h2>
      <p className="muted">
        For actions raised before the body used Minutebook: type the reference as the old minutes
        give it.
      </p>
      <div className="row">
        <FormField
          label="Reference"
          placeholder={`${prefix || 'ACT'}22/08`}
          value={draft.reference}
          onValue={set('reference')}
          maxLength={limits.shortText}
          size={12}
        />
        <FormField
          label="Owner"
          placeholder="SECAS"
          value={draft.owner}
          onValue={set('owner')}
          maxLength={limits.shortText}
        />
        <FormField label="Raised on" type="date" value={draft.raisedOn} onValue={set('raisedOn')} />
        <FormField label="Due" type="date" value={draft.dueDate} onValue={set('dueDate')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Action</label>
        <textarea
          id={`${id}-text`}
          rows={2}
          maxLength={limits.longText}
          value={draft.text}
          onChange={(e) => set('text')(e.target.value)}
        />
      </div>
      <div className="row form-end">
        <button type="submit" className="primary" disabled={busy}>
          Record action
        </button>
        <p role="status" className={error ? 'error' : 'muted'}>
          {error || done}
        </p>
      </div>
    </form>
  );
}
