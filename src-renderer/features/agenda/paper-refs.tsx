import { useId } from 'react';
import { useCommittedValue } from '../shared/use-committed-value';
import { useReportError } from '../shared/use-report-error';

/** Splits what was typed into references: commas or new lines separate them. */
export function parsePaperRefs(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((ref) => ref.trim())
    .filter((ref) => ref !== '');
}

/**
 * An item's paper references, typed as one comma- or line-separated field that saves as it
 * is typed, and shown as tags underneath.
 */
export function PaperRefsField(props: {
  itemLabel: string;
  value: readonly string[];
  /** `was` is the stored list the change replaces. */
  onCommit: (refs: string[], was: string[]) => Promise<void>;
}) {
  const id = useId();
  const hintId = useId();
  const report = useReportError();
  const stored = props.value.join(', ');
  const field = useCommittedValue(
    stored,
    // The stored list itself when the text replaced is what it shows: a reference holding a
    // comma would not come back from parsing its text.
    (text, previous) =>
      props.onCommit(
        parsePaperRefs(text),
        previous === stored ? [...props.value] : parsePaperRefs(previous),
      ),
    report,
  );
  return (
    <div className="field paper-refs">
      <div className="field-heading">
        <label htmlFor={id}>Papers</label>
        <span id={hintId} className="hint">
          separated by commas or lines
        </span>
      </div>
      <textarea
        id={id}
        rows={1}
        maxLength={5000}
        aria-describedby={hintId}
        placeholder="e.g. SECP_30_1003_04"
        value={field.value}
        onFocus={field.focus}
        onBlur={field.blur}
        onChange={(e) => field.change(e.target.value)}
      />
      <PaperChips itemLabel={props.itemLabel} refs={parsePaperRefs(field.value)} />
    </div>
  );
}

/** The references as tags, also shown on a locked agenda. */
export function PaperChips({ itemLabel, refs }: { itemLabel: string; refs: readonly string[] }) {
  if (refs.length === 0) return null;
  return (
    <ul className="chips" aria-label={`Papers for ${itemLabel}`}>
      {refs.map((ref, index) => (
        <li key={`${String(index)}:${ref}`} className="chip">
          {ref}
        </li>
      ))}
    </ul>
  );
}
