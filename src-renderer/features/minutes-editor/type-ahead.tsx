import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Id, MinuteBlock } from '../../domain';
import { firstFieldOf } from './use-focus-later';
import type { AddKind } from './use-item-commands';

/**
 * Type-ahead for new blocks. A shortcut that adds a block shows the block's field at once, in
 * the frame of the key press, and gives it the focus; the row is written to IndexedDB after.
 * Whatever is typed meanwhile goes into that field, and when the stored block arrives (the
 * live query shows it) its real field takes the place, the text typed so far and the focus.
 * So a key typed right after the shortcut can never land in the block before, however long
 * the write takes, and the time to focus does not grow with the meeting.
 */

export interface PendingBlock {
  key: number;
  kind: AddKind;
  /** The stored block's id, once the write has given it. */
  id: Id | null;
  /** Why the block could not be added; its text is kept in the field. */
  error: string | null;
}

const kindNames: Record<AddKind, string> = {
  paragraph: 'paragraph',
  decisions: 'decision',
  action: 'action',
  note: 'post-meeting note',
};

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
 * The blocks being added to one item: `start` shows one at once for a write under way;
 * `pending` lists those whose stored block has not arrived yet.
 */
export function useTypeAhead(
  blocks: readonly MinuteBlock[] | undefined,
  container: RefObject<HTMLElement | null>,
) {
  const [pending, setPending] = useState<PendingBlock[]>([]);
  const texts = useRef(new Map<number, string>());
  const focused = useRef<number | null>(null);
  const next = useRef(1);

  const start = useCallback((kind: AddKind, adding: Promise<Id>) => {
    const key = next.current++;
    // Shown and focused before the next key event is handled.
    flushSync(() => setPending((list) => [...list, { key, kind, id: null, error: null }]));
    adding.then(
      (id) => setPending((list) => list.map((p) => (p.key === key ? { ...p, id } : p))),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        setPending((list) => list.map((p) => (p.key === key ? { ...p, error: message } : p)));
      },
    );
  }, []);

  // As soon as a stored block's field is drawn (its block may draw it a render later, once
  // its action has loaded), before it is painted: that field takes the text and the focus.
  const written = pending.filter((p) => p.id !== null);
  const handOverDrawn = useCallback(() => {
    const done: number[] = [];
    for (const p of written) {
      const field = container.current?.querySelector<HTMLElement>(firstFieldOf(p.id ?? ''));
      if (!field) continue;
      handOver(field, texts.current.get(p.key) ?? '', focused.current === p.key);
      texts.current.delete(p.key);
      if (focused.current === p.key) focused.current = null;
      done.push(p.key);
    }
    if (done.length > 0) setPending((list) => list.filter((p) => !done.includes(p.key)));
    return done.length === written.length;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `written` is derived from `pending`
  }, [pending, container]);
  useLayoutEffect(() => {
    // The field is known only once drawn, and must take over before it is painted.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (written.length === 0 || handOverDrawn()) return;
    const root = container.current;
    if (root === null) return;
    const watcher = new MutationObserver(() => {
      if (handOverDrawn()) watcher.disconnect();
    });
    watcher.observe(root, { childList: true, subtree: true });
    return () => watcher.disconnect();
  }, [blocks, written.length, handOverDrawn, container]);

  const discard = useCallback((key: number) => {
    texts.current.delete(key);
    setPending((list) => list.filter((p) => p.key !== key));
  }, []);

  return {
    /** Blocks shown ahead of their stored field. */
    waiting: pending,
    start,
    discard,
    field: {
      onText: (key: number, text: string) => texts.current.set(key, text),
      onFocus: (key: number) => {
        focused.current = key;
      },
      onBlur: (key: number) => {
        if (focused.current === key) focused.current = null;
      },
    },
  };
}

/** The field of a block being added, in the place the block will take. */
export function PendingBlockView(props: {
  pending: PendingBlock;
  number: string;
  field: ReturnType<typeof useTypeAhead>['field'];
  onDiscard: (key: number) => void;
}) {
  const { pending, field } = props;
  const name = kindNames[pending.kind];
  const focus = useCallback((element: HTMLTextAreaElement | null) => {
    element?.focus();
  }, []);
  return (
    <li className={`minute-block block-${pending.kind} is-pending`} data-testid="pending-block">
      <div className="block-head">
        <span className="block-title">New {name}</span>
        <span className="muted">{pending.error === null ? 'Saving…' : 'Not added'}</span>
      </div>
      <textarea
        ref={focus}
        className="block-text"
        aria-label={`New ${name} for item ${props.number}`}
        aria-invalid={pending.error !== null}
        rows={pending.kind === 'paragraph' || pending.kind === 'note' ? 2 : 1}
        onFocus={() => field.onFocus(pending.key)}
        onBlur={() => field.onBlur(pending.key)}
        onChange={(e) => field.onText(pending.key, e.target.value)}
      />
      {pending.error !== null && (
        <p className="error" role="alert">
          The {name} was not added: {pending.error} What you typed is still here to copy.{' '}
          <button type="button" onClick={() => props.onDiscard(pending.key)}>
            Discard
          </button>
        </p>
      )}
    </li>
  );
}
