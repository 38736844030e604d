import { useEffect, useRef } from 'react';
import { otherKeys, shortcuts } from './shortcuts';

/** The list of keyboard shortcuts, in a modal dialog that Escape closes. */
export function ShortcutsDialog(props: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
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
      aria-labelledby="shortcuts-heading"
      onClose={props.onClose}
    >
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <p className="muted">While the cursor is anywhere in an agenda item’s minutes:</p>
      <table>
        <tbody>
          {[...shortcuts, ...otherKeys].map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="primary">
          Close
        </button>
      </form>
    </dialog>
  );
}

/** True when a key press is typing into a field, so "?" must not open the dialog. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
