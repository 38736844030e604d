import { useId } from 'react';
import type { HouseStyle } from '../../domain';
import { styleChanges } from '../../domain/style-file';

/**
 * The confirm step before a body takes a whole style (a preset or a style file): what changes,
 * field by field, from what to what; and that action references already given stay as they are.
 */
export function StyleChangeConfirm(props: {
  from: HouseStyle;
  to: HouseStyle;
  /** "the preset Council cabinet or committee", "the style file council.minutebook-style.json". */
  source: string;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const changes = styleChanges(props.from, props.to);
  return (
    <div className="style-confirm" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>Apply {props.source}?</strong>{' '}
        {changes.length === 0
          ? 'It is the style this body has already: nothing would change.'
          : `${String(changes.length)} ${changes.length === 1 ? 'setting changes' : 'settings change'}:`}
      </p>
      {changes.length > 0 && (
        <ul className="style-changes">
          {changes.map((c) => (
            <li key={c.key}>
              <span className="style-change-label">{c.label}</span>: <s>{c.from || '(empty)'}</s> →{' '}
              <span>{c.to || '(empty)'}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">
        Action references already given never change; new actions follow the new scheme.
      </p>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={props.onApply}
          disabled={props.busy || changes.length === 0}
        >
          Apply
        </button>
        <button type="button" onClick={props.onCancel} disabled={props.busy}>
          Cancel
        </button>
      </div>
    </div>
  );
}
