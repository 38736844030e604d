import { useId } from 'react';
import type { Body, HouseStyle } from '../../domain';
import { EditableText } from '../shared/editable-text';
import { useSaveStyle } from './use-save-style';
import { useStoredChoice } from './use-stored-choice';

type TextKey = {
  [K in keyof HouseStyle]: HouseStyle[K] extends string ? K : never;
}[keyof HouseStyle];
type FlagKey = {
  [K in keyof HouseStyle]: HouseStyle[K] extends boolean ? K : never;
}[keyof HouseStyle];

/** A style field typed as text, saved as it is typed. */
export function StyleText(props: {
  body: Body;
  field: TextKey;
  label: string;
  multiline?: boolean;
  placeholder?: string;
}) {
  const save = useSaveStyle(props.body.id);
  return (
    <EditableText
      label={props.label}
      value={props.body[props.field]}
      multiline={props.multiline}
      placeholder={props.placeholder}
      maxLength={props.multiline ? 5000 : 500}
      onCommit={(value, was) => save({ [props.field]: value }, { [props.field]: was })}
    />
  );
}

/** A style field chosen from a few values, shown at once and saved over the stored value. */
export function StyleChoice<K extends keyof HouseStyle>(props: {
  body: Body;
  field: K;
  label: string;
  choices: readonly { value: HouseStyle[K] & string; label: string }[];
}) {
  const id = useId();
  const save = useSaveStyle(props.body.id);
  const stored = props.body[props.field];
  const [shown, choose] = useStoredChoice(stored, (value: HouseStyle[K]) =>
    save({ [props.field]: value }, { [props.field]: stored }),
  );
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={String(shown)}
        onChange={(e) => {
          const picked = props.choices.find((c) => c.value === e.target.value);
          if (picked !== undefined) choose(picked.value);
        }}
      >
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A style field that is on or off. */
export function StyleFlag(props: { body: Body; field: FlagKey; label: string }) {
  const id = useId();
  const save = useSaveStyle(props.body.id);
  const stored = props.body[props.field];
  const [shown, choose] = useStoredChoice(stored, (value: boolean) =>
    save({ [props.field]: value }, { [props.field]: stored }),
  );
  return (
    <div className="check-field">
      <input id={id} type="checkbox" checked={shown} onChange={(e) => choose(e.target.checked)} />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}
