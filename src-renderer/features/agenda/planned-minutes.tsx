import { useId } from 'react';
import { useCommittedValue } from '../shared/use-committed-value';
import { useReportError } from '../shared/use-report-error';

/** Planned minutes for an item; empty means "not planned". */
export function PlannedMinutes(props: {
  value: number | null;
  /** `was` is the stored value the change replaces. */
  onCommit: (value: number | null, was: number | null) => Promise<void>;
}) {
  const id = useId();
  const report = useReportError();
  const stored = props.value === null ? '' : String(props.value);
  const field = useCommittedValue(
    stored,
    (text, previous) =>
      props.onCommit(
        parseMinutes(text),
        previous === stored ? props.value : parseMinutes(previous),
      ),
    report,
  );
  return (
    <div className="field narrow">
      <label htmlFor={id}>Planned minutes</label>
      <input
        id={id}
        type="number"
        min={0}
        max={1440}
        step={1}
        inputMode="numeric"
        value={field.value}
        onFocus={field.focus}
        onBlur={field.blur}
        onChange={(e) => field.change(e.target.value)}
      />
    </div>
  );
}

function parseMinutes(text: string): number | null {
  const n = Number.parseInt(text, 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 1440) : null;
}
