import { useEffect, useId, useRef, useState, type KeyboardEvent, type SubmitEvent } from 'react';
import { declassifyAction } from '../../db';
import { limits, type Action } from '../../domain';
import { todayIso } from '../shared/dates';
import { FormField } from '../shared/form-field';
import { useAction } from '../shared/use-action';
import { useServices } from '../shell/app-context';

interface Props {
  action: Action;
  /** Called once the action is declassified, or when the form is cancelled (Escape too). */
  onClose: (how: 'declassified' | 'cancelled') => void;
}

/**
 * Records the decision that makes a confidential action public: when it was taken and by
 * whom. The data layer checks both and refuses an action with nothing to declassify; its
 * message is shown under the form.
 */
export function DeclassifyForm({ action, onClose }: Props) {
  const { data, store } = useServices();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [on, setOn] = useState(todayIso);
  const [by, setBy] = useState('');
  const [error, setError] = useState('');
  const ref = action.reference;

  // Opened from the row's button: the keyboard goes straight to the first field.
  useEffect(() => form.current?.querySelector('input')?.focus(), []);

  const save = useAction(async () => {
    try {
      await declassifyAction(data, action.id, { on, by });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return;
    }
    store.getState().notify({ tone: 'info', message: `${ref} is public from now on.` });
    onClose('declassified');
  });
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    save.act();
  };
  // Escape, from any field, does what Cancel does.
  const escape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onClose('cancelled');
  };

  return (
    <form
      ref={form}
      className="form declassify-form"
      onSubmit={submit}
      onKeyDown={escape}
      aria-labelledby={`${id}-h`}
      aria-describedby={`${id}-what`}
      noValidate
    >
      <h3 id={`${id}-h`}>Declassify {ref}</h3>
      <p id={`${id}-what`} className="muted">
        Its text and its updates will appear in the public minutes from now on.
      </p>
      <div className="row">
        <FormField label="Decided on" type="date" value={on} onValue={setOn} />
        <FormField
          label="By"
          placeholder="the Panel Chair"
          value={by}
          onValue={setBy}
          maxLength={limits.shortText}
        />
      </div>
      <div className="row form-end">
        <button type="submit" className="primary" disabled={save.busy}>
          Make public
        </button>
        <button type="button" onClick={() => onClose('cancelled')}>
          Cancel
        </button>
        <p role="status" className={error ? 'error' : 'muted'}>
          {error}
        </p>
      </div>
    </form>
  );
}
