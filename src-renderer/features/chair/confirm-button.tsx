import { useId, useRef, type ReactNode } from 'react';
import './confirm-button.css';

interface Props {
  /** The button that asks, and the confirming button in the dialog. */
  label: string;
  /** The dialog's question, e.g. "Close the meeting?" */
  question: string;
  /** What will happen, in a sentence or two. */
  children: ReactNode;
  onConfirm: () => void;
  disabled?: boolean;
  className?: string;
  cancelLabel?: string;
  /** The asking button's accessible name, where its label alone is ambiguous (one per row). */
  accessibleLabel?: string;
}

/**
 * A command that asks first, in a modal dialog: keyboard-operable, Escape cancels, focus
 * returns to the button. For steps that are hard to take back (closing a meeting, approving
 * the minutes).
 */
export function ConfirmButton(props: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className={props.className}
        disabled={props.disabled}
        aria-label={props.accessibleLabel}
        onClick={() => {
          dialog.current?.showModal();
          // Cancel is the safe default: Enter on a stray key press does not close a meeting.
          cancel.current?.focus();
        }}
      >
        {props.label}…
      </button>
      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby={`${id}-q`}
        aria-describedby={`${id}-d`}
      >
        <h2 id={`${id}-q`}>{props.question}</h2>
        <div id={`${id}-d`}>{props.children}</div>
        {/* Plain buttons, not <form method="dialog">: the app's CSP has form-action 'none'. */}
        <div className="confirm-commands">
          <button
            type="button"
            className="primary"
            onClick={() => {
              dialog.current?.close();
              props.onConfirm();
            }}
          >
            {props.label}
          </button>
          <button type="button" ref={cancel} onClick={() => dialog.current?.close()}>
            {props.cancelLabel ?? 'Cancel'}
          </button>
        </div>
      </dialog>
    </>
  );
}
