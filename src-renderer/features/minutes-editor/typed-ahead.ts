import { useCallback, useMemo, useRef } from 'react';

/**
 * Hands the text typed ahead to the stored block's field through the field's own input path
 * (an input event, as typing gives, so it is saved as typed), with the caret after it.
 */
function handOver(field: HTMLElement, text: string, keepFocus: boolean) {
  const before = document.activeElement;
  field.focus();
  if (text !== '' && (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) {
    const value = `${field.value}${text}`;
    // React tracks the value it set; the prototype's setter makes the change one it sees.
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.setSelectionRange(value.length, value.length);
  }
  if (!keepFocus && before instanceof HTMLElement && before.isConnected) before.focus();
}

/**
 * What is typed into the fields shown ahead of their stored ones, by key, and which of them
 * has the focus: `handOverTo` gives a field's text, and its focus if it has it, to the stored
 * field once drawn. Shared by the blocks' and the decisions' type-ahead.
 */
export function useTypedAhead() {
  const texts = useRef(new Map<number, string>());
  const focused = useRef<number | null>(null);
  const handOverTo = useCallback((key: number, field: HTMLElement) => {
    handOver(field, texts.current.get(key) ?? '', focused.current === key);
    texts.current.delete(key);
    if (focused.current === key) focused.current = null;
  }, []);
  const typed = useCallback((key: number) => texts.current.get(key) ?? '', []);
  const forget = useCallback((key: number) => texts.current.delete(key), []);
  const field = useMemo(
    () => ({
      onText: (key: number, text: string) => texts.current.set(key, text),
      onFocus: (key: number) => {
        focused.current = key;
      },
      onBlur: (key: number) => {
        if (focused.current === key) focused.current = null;
      },
    }),
    [],
  );
  return useMemo(() => ({ handOverTo, typed, forget, field }), [handOverTo, typed, forget, field]);
}
