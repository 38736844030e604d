import { useId, useState, type SubmitEvent } from 'react';
import { addDecisionVerb, removeDecisionVerb } from '../../db';
import { bodySettingsLimits, verbError, type Body } from '../../domain';
import { useAction } from '../shared/use-action';
import { useServices } from '../shell/app-context';
import { DecisionVerbRow } from './decision-verb-row';
import { useStableKeys } from './use-stable-keys';

/** The body's decision verbs, in the order the minutes editor offers them. */
export function DecisionVerbsEditor({ body }: { body: Body }) {
  const { data, store } = useServices();
  const verbs = body.decisionVerbs;
  const keys = useStableKeys(verbs);
  const remove = useAction(async (index: number) => {
    const verb = await removeDecisionVerb(data, body.id, index);
    store.getState().notify({
      tone: 'info',
      message: `Decision verb ${verb} removed.`,
      undo: () => addDecisionVerb(data, body.id, verb, index),
    });
  });
  return (
    <section className="card form settings-card" aria-labelledby="verbs-heading">
      <h2 id="verbs-heading">Decision verbs</h2>
      <p className="hint" id="verbs-hint">
        Offered in this order when minuting a decision (“The Panel NOTED …”). Alt+↑ and Alt+↓ move
        the verb you are on.
      </p>
      <ol className="verb-list" aria-label="Decision verbs" aria-describedby="verbs-hint">
        {verbs.map((verb, index) => (
          <DecisionVerbRow
            key={keys[index] ?? verb}
            bodyId={body.id}
            verbs={verbs}
            index={index}
            onRemove={() => remove.act(index)}
            removing={remove.busy}
          />
        ))}
      </ol>
      <AddVerbForm body={body} />
    </section>
  );
}

function AddVerbForm({ body }: { body: Body }) {
  const { data } = useServices();
  const id = useId();
  const [verb, setVerb] = useState('');
  const full = body.decisionVerbs.length >= bodySettingsLimits.maxVerbs;
  const error = verb.trim() === '' ? undefined : verbError(verb, body.decisionVerbs);
  const add = useAction(async () => {
    await addDecisionVerb(data, body.id, verb);
    setVerb('');
  });
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    if (verb.trim() !== '' && error === undefined) add.act();
  };
  return (
    <form className="add-row" onSubmit={submit} aria-label="Add a decision verb">
      <div className="field grow">
        <label htmlFor={id}>New verb</label>
        <input
          id={id}
          className="verb-input"
          value={verb}
          maxLength={bodySettingsLimits.maxVerbLength * 4}
          placeholder="e.g. RATIFIED"
          disabled={full}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setVerb(e.target.value)}
        />
        {error && (
          <small id={`${id}-error`} className="error">
            {error}
          </small>
        )}
        {full && (
          <small className="hint">
            A body uses at most {bodySettingsLimits.maxVerbs} verbs; remove one to add another.
          </small>
        )}
      </div>
      <button
        type="submit"
        disabled={full || add.busy || verb.trim() === '' || error !== undefined}
      >
        Add verb
      </button>
    </form>
  );
}
