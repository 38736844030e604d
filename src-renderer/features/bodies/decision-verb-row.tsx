import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { moveDecisionVerb } from '../../db';
import { bodySettingsLimits, verbError } from '../../domain';
import { useAction } from '../shared/use-action';
import { useCommittedValue } from '../shared/use-committed-value';
import { useReportError } from '../shared/use-report-error';
import { useSaveField, useServices } from '../shell/app-context';

interface Props {
  bodyId: string;
  verbs: readonly string[];
  index: number;
  onRemove: () => void;
  removing: boolean;
}

/**
 * One decision verb: renamed as typed (shown and stored upper case), moved with its buttons or
 * Alt+↑/↓, removed. A verb that is empty or already listed is not saved; the field says why.
 */
export function DecisionVerbRow({ bodyId, verbs, index, onRemove, removing }: Props) {
  const { data } = useServices();
  const saveField = useSaveField();
  const report = useReportError();
  const id = useId();
  const stored = verbs[index] ?? '';
  const others = verbs.filter((_, i) => i !== index);
  const field = useCommittedValue(
    stored,
    (value) =>
      verbError(value, others) === undefined
        ? saveField({
            op: 'updateBody',
            id: bodyId,
            patch: { decisionVerbs: verbs.map((v, i) => (i === index ? value : v)) },
          })
        : Promise.resolve(),
    report,
  );
  const error = verbError(field.value, others);
  const move = useAction((direction: -1 | 1) => moveDecisionVerb(data, bodyId, index, direction));

  // A moved row is re-inserted in the DOM, which drops focus: give it back to the control
  // that had it once the row shows at its new place.
  const refocus = useRef<HTMLElement | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const target = refocus.current;
    refocus.current = null;
    if (!target) return;
    if (target instanceof HTMLButtonElement && target.disabled) input.current?.focus();
    else target.focus();
  }, [index]);

  const moveBy = (direction: -1 | 1) => {
    const target = index + direction;
    if (target < 0 || target >= verbs.length) return;
    // Save a rename still waiting, so the move reads the list with it.
    field.flush();
    refocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    move.act(direction);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    moveBy(e.key === 'ArrowUp' ? -1 : 1);
  };

  const name = stored || `verb ${String(index + 1)}`;
  return (
    <li className="verb-row" onKeyDown={onKeyDown} data-testid="decision-verb">
      <span className="verb-number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="field grow">
        <label htmlFor={id} className="visually-hidden">
          Decision verb {index + 1}
        </label>
        <input
          id={id}
          ref={input}
          className="verb-input"
          value={field.value}
          maxLength={bodySettingsLimits.maxVerbLength * 4}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onFocus={field.focus}
          onBlur={field.blur}
          onChange={(e) => field.change(upperCaseInPlace(e.target))}
        />
        {error && (
          <small id={`${id}-error`} className="error">
            {error} Not saved.
          </small>
        )}
      </div>
      <div className="row-commands" role="group" aria-label={`Commands for ${name}`}>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${name} up`}
          title="Move up (Alt+↑)"
          disabled={index === 0}
          onClick={() => moveBy(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${name} down`}
          title="Move down (Alt+↓)"
          disabled={index === verbs.length - 1}
          onClick={() => moveBy(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button danger"
          aria-label={`Remove ${name}`}
          title="Remove"
          disabled={verbs.length === 1 || removing}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
    </li>
  );
}

/**
 * Puts the field's text in upper case as it is typed, keeping the caret where it was, so the
 * field shows the verb exactly as it is stored and as the minutes print it.
 */
function upperCaseInPlace(input: HTMLInputElement): string {
  const { selectionStart, selectionEnd } = input;
  const upper = input.value.toUpperCase();
  if (upper !== input.value) {
    input.value = upper;
    input.setSelectionRange(selectionStart, selectionEnd);
  }
  return upper;
}
