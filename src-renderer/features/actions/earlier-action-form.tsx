import { useId, useState, type SubmitEvent } from 'react';
import {
  deleteEarlierAction,
  editEarlierAction,
  recordEarlierAction,
  restoreEarlierAction,
} from '../../db';
import { limits, type Action } from '../../domain';
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

function draftOf(action: Action): Draft {
  const { reference, owner, text, raisedOn } = action;
  return { reference, owner, text, raisedOn, dueDate: action.dueDate ?? '' };
}

interface Props {
  bodyId: string;
  prefix: string;
  /** The earlier action being corrected; without it the form records a new one. */
  editing?: Action;
  /** Called when a correction is saved, cancelled or the action deleted. */
  onClose?: (how: 'saved' | 'cancelled' | 'deleted') => void;
}

/**
 * Records an action raised before the body used Minutebook, so it is carried forward like any
 * other, or corrects one recorded already (a mistyped reference, owner or date), or deletes
 * one recorded by mistake, with Undo. The data layer checks every field; its message is shown
 * under the form.
 */
export function EarlierActionForm({ bodyId, prefix, editing, onClose }: Props) {
  const { data, store } = useServices();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(editing ? draftOf(editing) : empty);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  const save = useAction(async () => {
    setDone('');
    const fields = { ...draft, dueDate: draft.dueDate === '' ? null : draft.dueDate };
    try {
      if (editing) await editEarlierAction(data, editing.id, fields);
      else await recordEarlierAction(data, bodyId, fields);
    } catch (e) {
      fail(e);
      return;
    }
    setError('');
    if (editing) {
      store.getState().notify({ tone: 'info', message: `${fields.reference.trim()} corrected.` });
      onClose?.('saved');
      return;
    }
    setDone(`${draft.reference.trim()} recorded.`);
    setDraft(empty);
  });
  const remove = useAction(async () => {
    if (!editing) return;
    try {
      const removed = await deleteEarlierAction(data, editing.id);
      onClose?.('deleted');
      store.getState().notify({
        tone: 'info',
        message: `Action ${removed.reference} deleted.`,
        undo: () => restoreEarlierAction(data, removed),
      });
    } catch (e) {
      fail(e);
    }
  });
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    save.act();
  };

  const Heading = editing ? 'h3' : 'h2';
  return (
    <form
      className={editing ? 'form earlier-action editing' : 'card form earlier-action'}
      onSubmit={submit}
      aria-labelledby={`${id}-h`}
      noValidate
    >
      <Heading id={`${id}-h`}>
        {editing ? `Correct ${editing.reference}` : 'Record an earlier action'}
      </Heading>
      <p className="muted">
        {editing
          ? 'As the old minutes give it. Once approved minutes print its reference, the reference stays.'
          : 'For actions raised before the body used Minutebook: type the reference as the old minutes give it.'}
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
        <button type="submit" className="primary" disabled={save.busy || remove.busy}>
          {editing ? 'Save changes' : 'Record action'}
        </button>
        {editing && (
          <>
            <button type="button" onClick={() => onClose?.('cancelled')}>
              Cancel
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => remove.act()}
              disabled={save.busy || remove.busy}
            >
              Delete action
            </button>
          </>
        )}
        <p role="status" className={error ? 'error' : 'muted'}>
          {error || done}
        </p>
      </div>
    </form>
  );
}
