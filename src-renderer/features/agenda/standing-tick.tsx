import { useId } from 'react';
import { useCommittedValue } from '../shared/use-committed-value';
import { useReportError } from '../shared/use-report-error';

/**
 * The "Standing item" tick: standing items are carried to the next meeting's agenda. The tick
 * shows the new state at once and writes it straight away (not after the typing throttle).
 */
export function StandingTick(props: {
  value: boolean;
  onCommit: (standing: boolean, was: boolean) => Promise<void>;
}) {
  const id = useId();
  const hintId = useId();
  const report = useReportError();
  const field = useCommittedValue(props.value, props.onCommit, report);
  return (
    <div className="standing-tick">
      <input
        id={id}
        type="checkbox"
        checked={field.value}
        aria-describedby={hintId}
        onFocus={field.focus}
        onBlur={field.blur}
        onChange={(e) => {
          field.change(e.target.checked);
          field.flush();
        }}
      />
      <label htmlFor={id}>Standing item</label>
      <span id={hintId} className="hint">
        carried to the next meeting
      </span>
    </div>
  );
}
