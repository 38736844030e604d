import { useId } from 'react';
import { DraftConflict } from './draft-conflict';
import { useFieldDraft } from './use-field-draft';
import { useReportError } from './use-report-error';

interface Props {
  label: string;
  value: string;
  /** Writes `value` in place of `previous`, the stored value it replaces. */
  onCommit: (value: string, previous: string) => Promise<void>;
  /** Hide the label visually but keep it for screen readers. */
  hideLabel?: boolean;
  placeholder?: string;
  multiline?: boolean;
  className?: string;
  maxLength?: number;
  type?: 'text' | 'date' | 'time';
}

/** A text field that saves itself as the user types; there is no save button. */
export function EditableText(props: Props) {
  const id = useId();
  const report = useReportError();
  const field = useFieldDraft(props.value, props.onCommit, report);
  const common = {
    id,
    value: field.value,
    placeholder: props.placeholder,
    maxLength: props.maxLength ?? 500,
    onFocus: field.focus,
    onBlur: field.blur,
    className: props.className,
  };
  return (
    <div className="field">
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => field.change(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          onChange={(e) => field.change(e.target.value)}
        />
      )}
      <DraftConflict conflict={field.conflict} label={props.label} onResolve={field.resolve} />
    </div>
  );
}
