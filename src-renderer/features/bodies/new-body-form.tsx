import { useId, useState, type SubmitEvent } from 'react';
import { useLocation } from 'wouter';
import { createBody } from '../../db';
import {
  stylePresets,
  validateBodyInput,
  type BodyInput,
  type FieldErrors,
  type StylePresetId,
} from '../../domain';
import { FormField } from '../shared/form-field';
import { useAction } from '../shared/use-action';
import { useServices } from '../shell/app-context';

const empty: BodyInput = {
  name: '',
  minutesName: 'The Panel',
  actionPrefix: '',
  secretariat: '',
  preset: 'sec-panel',
};

/** Creates a panel, committee or board. */
export function NewBodyForm() {
  const { data } = useServices();
  const [, navigate] = useLocation();
  const [input, setInput] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors<keyof BodyInput>>({});
  const presetId = useId();
  const set = (key: keyof BodyInput) => (value: string) =>
    setInput((i) => ({ ...i, [key]: value }));

  const { act, busy } = useAction(async () => {
    const found = validateBodyInput(input);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const id = await createBody(data, input);
    setInput(empty);
    navigate(`/bodies/${id}`);
  });
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    act();
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="new-body-heading" noValidate>
      <h2 id="new-body-heading">New body</h2>
      <FormField
        label="Name"
        placeholder="SEC Panel"
        value={input.name}
        onValue={set('name')}
        error={errors.name}
        required
      />
      <FormField
        label="The minutes call it"
        hint="As in “The Panel NOTED the paper.”"
        value={input.minutesName}
        onValue={set('minutesName')}
        error={errors.minutesName}
        required
      />
      <FormField
        label="Action prefix"
        hint="Actions read SECP30/01 with prefix SECP."
        placeholder="SECP"
        value={input.actionPrefix}
        onValue={set('actionPrefix')}
        error={errors.actionPrefix}
      />
      <FormField
        label="Secretariat"
        placeholder="SECAS"
        value={input.secretariat}
        onValue={set('secretariat')}
        error={errors.secretariat}
        required
      />
      <div className="field">
        <label htmlFor={presetId}>House style</label>
        <select
          id={presetId}
          value={input.preset}
          aria-describedby={`${presetId}-hint`}
          onChange={(e) => setInput((i) => ({ ...i, preset: e.target.value as StylePresetId }))}
        >
          {stylePresets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.style.styleName}
            </option>
          ))}
        </select>
        <small id={`${presetId}-hint`} className="hint">
          How its minutes read: numbering, decisions, references, titles. Every part can be changed
          later in the body’s settings.
        </small>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        Create body
      </button>
    </form>
  );
}
