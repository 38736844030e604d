import { useId } from 'react';
import { useCommittedValue } from '../shared/use-committed-value';
import { useReportError } from '../shared/use-report-error';

interface Props {
  label: string;
  value: number;
  max: number;
  /** Saves a valid value; an invalid one is never passed. */
  onCommit: (value: number) => Promise<void>;
  /** Checks a whole number: the message when it is out of bounds. */
  error: (value: number) => string | undefined;
  hint: string;
}

/**
 * A whole number that saves itself as it is typed (empty counts as 0). While what is typed is
 * not a whole number in range it is not saved, and the field says so.
 */
export function WholeNumberField(props: Props) {
  const report = useReportError();
  const id = useId();
  const parse = (text: string): number | null => {
    const trimmed = text.trim();
    if (trimmed === '') return 0;
    if (!/^\d+$/.test(trimmed)) return null;
    const value = Number(trimmed);
    return props.error(value) === undefined ? value : null;
  };
  const field = useCommittedValue(
    String(props.value),
    (text) => {
      const value = parse(text);
      return value === null ? Promise.resolve() : props.onCommit(value);
    },
    report,
  );
  const invalid = parse(field.value) === null;
  return (
    <div className="field narrow-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={props.max}
        step={1}
        value={field.value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${id}-hint`}
        onFocus={field.focus}
        onBlur={field.blur}
        onChange={(e) => field.change(e.target.value)}
      />
      <small id={`${id}-hint`} className={invalid ? 'error' : 'hint'}>
        {invalid ? `A whole number from 0 to ${String(props.max)}. Not saved.` : props.hint}
      </small>
    </div>
  );
}
