import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { KeyHelp } from './screen-keys';
import './shortcuts-dialog.css';

const nonTextInputs = [
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
];

/** True when a key press is typing into a field, so "?" must not open the list. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')
    return true;
  return target instanceof HTMLInputElement && !nonTextInputs.includes(target.type);
}

/** True for a "?" typed outside a field, with no other dialog open. */
export function asksForKeys(event: KeyboardEvent): boolean {
  return (
    event.key === '?' &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.defaultPrevented &&
    !isTyping(event.target) &&
    document.querySelector('dialog[open]') === null
  );
}

/** A screen's keyboard shortcuts, in a modal dialog that Escape or Close shuts. */
export function ShortcutsDialog(props: {
  open: boolean;
  onClose: () => void;
  /** Where the keys apply, e.g. "While the cursor is in an agenda item:". */
  intro?: string;
  keys: readonly KeyHelp[];
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-labelledby={headingId}
      onClose={props.onClose}
    >
      <h2 id={headingId}>Keyboard shortcuts</h2>
      {props.intro && <p className="muted">{props.intro}</p>}
      <table>
        <tbody>
          {props.keys.map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* A plain button, not <form method="dialog">: the app's CSP has form-action 'none'. */}
      <button type="button" className="primary" onClick={() => ref.current?.close()}>
        Close
      </button>
    </dialog>
  );
}

/** Opens the list when "?" is typed outside a field. */
export function useHelpKey(open: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!asksForKeys(event)) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}

/** A screen's list of keys, shown when "?" is typed outside a field. */
export function ScreenShortcuts(props: { intro?: string; keys: readonly KeyHelp[] }) {
  const [open, setOpen] = useState(false);
  useHelpKey(useCallback(() => setOpen(true), []));
  return (
    <ShortcutsDialog
      open={open}
      onClose={() => setOpen(false)}
      intro={props.intro}
      keys={props.keys}
    />
  );
}
