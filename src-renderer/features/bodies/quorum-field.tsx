import { useId } from 'react';
import { bodySettingsLimits, quorumError } from '../../domain';
import { useCommittedValue } from '../shared/use-committed-value';
import { useReportError } from '../shared/use-report-error';
import { useSaveField } from '../shell/app-context';

/** Members needed for a quorate meeting; 0 (or empty) means the body sets none. */
export function QuorumField({ bodyId, quorum }: { bodyId: string; quorum: number }) {
  const saveField = useSaveField();
  const report = useReportError();
  const id = useId();
  const field = useCommittedValue(
    String(quorum),
    (text) => {
      const value = parseQuorum(text);
      return value === null
        ? Promise.resolve()
        : saveField({ op: 'updateBody', id: bodyId, patch: { quorum: value } });
    },
    report,
  );
  const invalid = parseQuorum(field.value) === null;
  return (
    <div className="field narrow-field">
      <label htmlFor={id}>Quorum (members)</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={bodySettingsLimits.maxQuorum}
        step={1}
        value={field.value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${id}-hint`}
        onFocus={field.focus}
        onBlur={field.blur}
        onChange={(e) => field.change(e.target.value)}
      />
      <small id={`${id}-hint`} className={invalid ? 'error' : 'hint'}>
        {invalid
          ? `A whole number from 0 to ${String(bodySettingsLimits.maxQuorum)}. Not saved.`
          : 'Members who must be present; 0 for none.'}
      </small>
    </div>
  );
}

/** The quorum typed, or null while it is not a whole number in range (empty counts as 0). */
function parseQuorum(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return quorumError(value) === undefined ? value : null;
}
