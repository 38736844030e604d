import type { Conflict } from './field-draft';

/**
 * Shown under a field whose stored text changed in another window while it was being edited
 * here, where the two changes could not be merged: both versions are kept — this field's in
 * the field, the other here — until the user chooses.
 */
export function DraftConflict<T>(props: {
  conflict: Conflict<T> | null;
  /** What the field is, for the message: "Paragraph, item 3, block 1". */
  label: string;
  onResolve: (keep: 'mine' | 'theirs') => void;
  /** How the other version reads; the value itself by default. */
  show?: (value: T) => string;
}) {
  const { conflict } = props;
  if (conflict === null) return null;
  const theirs = props.show ? props.show(conflict.theirs) : String(conflict.theirs);
  return (
    <div className="draft-conflict" role="alert">
      <p>
        {props.label} was changed in another window while you were typing here. Both versions are
        kept until you choose; the other one reads:
      </p>
      <blockquote>{theirs === '' ? '(empty)' : theirs}</blockquote>
      <div className="row">
        <button type="button" onClick={() => props.onResolve('theirs')}>
          Use the other version
        </button>
        <button type="button" onClick={() => props.onResolve('mine')}>
          Keep mine
        </button>
      </div>
    </div>
  );
}
