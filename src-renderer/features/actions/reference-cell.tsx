import { useEffect, useRef } from 'react';
import type { Action } from '../../domain';
import { describeDeclassification } from './describe';
import { Tag } from './tag';

interface Props {
  action: Action;
  /** Confidential by the domain's rule, now: a declassified action is not. */
  confidential: boolean;
  /** Whether the form to declassify this action is open below the row. */
  declassifying: boolean;
  onDeclassify: () => void;
  /** Just declassified here: the line saying so takes the focus when the log shows it. */
  focusNote: boolean;
}

/** The id of the row's "Declassify…" button, where focus goes back on Cancel. */
export const declassifyButtonId = (action: Action) => `declassify-${action.id}`;
/** The id of the row below that holds the form. */
export const declassifyFormRowId = (action: Action) => `declassify-form-${action.id}`;

/**
 * An action's reference in the log with what it is: confidential, with the command that
 * makes it public, or declassified, with when and by whom.
 */
export function ReferenceCell(props: Props) {
  const { action, confidential, declassifying, onDeclassify, focusNote } = props;
  const note = useRef<HTMLSpanElement>(null);
  const shown = action.declassified !== null;
  // The log is a live query: the line shows a moment after the write, and focus waits for it.
  useEffect(() => {
    if (focusNote && shown) note.current?.focus();
  }, [focusNote, shown]);
  return (
    <th scope="row" className="action-ref">
      {action.reference}
      {confidential && (
        <>
          <Tag kind="confidential">Confidential</Tag>
          <button
            type="button"
            id={declassifyButtonId(action)}
            className="act-link-button act-sub"
            aria-expanded={declassifying}
            aria-controls={declassifyFormRowId(action)}
            onClick={onDeclassify}
          >
            Declassify…<span className="visually-hidden"> {action.reference}</span>
          </button>
        </>
      )}
      {action.declassified && (
        <span ref={note} className="act-sub declassified-note" tabIndex={-1}>
          {describeDeclassification(action.declassified)}
        </span>
      )}
    </th>
  );
}
