/**
 * A field with a length limit (maxLength) silently cuts a paste that does not fit: the end
 * of a long text would be lost without a word. This guard refuses such a paste whole, before
 * the field changes, and says why; the text is still on the clipboard, to be split and
 * pasted in parts.
 */

type Field = HTMLInputElement | HTMLTextAreaElement;

const number = new Intl.NumberFormat('en-GB');

/**
 * The pasted text's length as the field will hold it: one character per line break (Windows
 * copies CR LF; a text area keeps LF, a one-line field at most one character in its place).
 */
function insertedLength(pasted: string): number {
  return pasted.replace(/\r\n?/g, '\n').length;
}

/** Why a paste of `pasted` into `field` is refused, or null when it fits. */
export function pasteRefusal(field: Field, pasted: string): string | null {
  const max = field.maxLength;
  if (max < 0) return null;
  const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
  const length = field.value.length - selected + insertedLength(pasted);
  if (length <= max) return null;
  return (
    `That paste was not made: this field holds at most ${number.format(max)} characters, ` +
    `and with it there would be ${number.format(length)}. Nothing was changed; ` +
    'the text is still on the clipboard — split it and paste it in parts.'
  );
}

function isField(target: EventTarget | null): target is Field {
  return target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement;
}

/** Listens for pastes anywhere in the window; returns the uninstall. */
export function installPasteGuard(target: Window, tell: (message: string) => void): () => void {
  const onPaste = (event: ClipboardEvent) => {
    if (!isField(event.target)) return;
    const refusal = pasteRefusal(event.target, event.clipboardData?.getData('text/plain') ?? '');
    if (refusal === null) return;
    event.preventDefault();
    tell(refusal);
  };
  target.addEventListener('paste', onPaste, true);
  return () => target.removeEventListener('paste', onPaste, true);
}
