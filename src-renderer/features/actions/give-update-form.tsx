import { useCallback, useId, useState, type SubmitEvent } from 'react';
import { giveUpdate } from '../../db';
import { limits, type Action, type ActionAge, type Id } from '../../domain';
import { useAction } from '../shared/use-action';
import { useKeptText } from '../shared/use-kept-text';
import { useServices } from '../shell/app-context';
import { OutstandingList } from './outstanding-list';

export interface OutstandingEntry {
  action: Action;
  age: ActionAge;
  /** True when the action already has its update at this meeting. */
  updated: boolean;
  /**
   * Confidential by the domain's rule (its flag, or the item that raised it, unless it was
   * declassified since): so is its update.
   */
  confidential: boolean;
}

/**
 * The outstanding actions, each with a tick: tick one or several, write the update once, and
 * it is given to each (the minutes print them on one row).
 */
export function GiveUpdateForm(props: {
  meetingId: Id;
  entries: readonly OutstandingEntry[];
  /** The Actions Outstanding item is confidential: so is every update given in it. */
  inConfidence: boolean;
}) {
  const { meetingId, entries, inConfidence } = props;
  const { data } = useServices();
  const id = useId();
  const [selected, setSelected] = useState<ReadonlySet<Id>>(new Set());
  // Kept as typed: a window lost before the update is given shows it again.
  const [text, setText] = useKeptText(`update:${meetingId}`);
  const [closes, setCloses] = useState(false);
  // null: follow the chosen actions. An update to a confidential action is confidential.
  const [confidential, setConfidential] = useState<boolean | null>(null);
  const [error, setError] = useState('');

  const chosen = entries.filter((e) => selected.has(e.action.id) && !e.updated);
  const inherited = inConfidence || chosen.some((e) => e.confidential);
  const isConfidential = inherited || (confidential ?? false);
  const toggle = useCallback(
    (actionId: Id, on: boolean) =>
      setSelected((s) => {
        const next = new Set(s);
        if (on) next.add(actionId);
        else next.delete(actionId);
        return next;
      }),
    [],
  );

  const { act, busy } = useAction(async () => {
    if (chosen.length === 0) return setError('Tick the action or actions this update is for.');
    if (text.trim() === '') return setError('Write the update first.');
    setError('');
    const ids = chosen.map((e) => e.action.id);
    const sent = { text, closes, confidential };
    // Cleared at once, so that the next update can be ticked and typed while this one is
    // written; if it is refused, what was sent comes back unless the next one has begun.
    setSelected(new Set());
    setText('');
    setCloses(false);
    setConfidential(null);
    try {
      await giveUpdate(data, meetingId, ids, sent.text, {
        closes: sent.closes,
        confidential: isConfidential,
      });
    } catch (refused) {
      setSelected((now) => (now.size === 0 ? new Set(ids) : now));
      setText((now) => (now === '' ? sent.text : now));
      setCloses((now) => now || sent.closes);
      setConfidential((now) => now ?? sent.confidential);
      throw refused;
    }
  });
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    act();
  };
  const count = chosen.length;
  const target = count === 1 ? (chosen[0]?.action.reference ?? '') : `${String(count)} actions`;

  return (
    <form className="give-update" onSubmit={submit} aria-label="Give an update" noValidate>
      <fieldset>
        <legend>Outstanding actions — tick those this update is for</legend>
        <OutstandingList entries={entries} selected={selected} onToggle={toggle} />
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-text`}>Update</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          maxLength={limits.longText}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <div className="row update-options">
        <label className="act-tick">
          <input type="checkbox" checked={closes} onChange={(e) => setCloses(e.target.checked)} />
          This update closes the action{count === 1 ? '' : 's'}
        </label>
        <label className="act-tick">
          <input
            type="checkbox"
            checked={isConfidential}
            disabled={inherited}
            onChange={(e) => setConfidential(e.target.checked)}
          />
          {inConfidence
            ? 'Confidential, as this item is'
            : inherited
              ? 'Confidential, as the action is'
              : 'Confidential'}
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {count === 0 ? 'Give update' : `Give update to ${target}`}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
