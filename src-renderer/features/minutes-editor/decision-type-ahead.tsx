import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Decision, Id } from '../../domain';
import { useTypedAhead } from './typed-ahead';

/**
 * Type-ahead for decisions, as for blocks (type-ahead.tsx): Enter in a decision shows the next
 * decision's field at once, in the frame of the key press, with the focus. What is typed
 * before the stored decision is drawn goes there, never into the decision before it, and
 * moves to the stored decision's field, with the focus, when it is drawn.
 */

export interface PendingDecision {
  key: number;
  /** The stored decision it follows (none: the last), and the one still pending it follows. */
  after: Id | undefined;
  afterKey: number | null;
  /** The write; resolves to the stored decision's id. */
  adding: Promise<Id>;
  id: Id | null;
  error: string | null;
}

const fieldOf = (id: Id) => `[data-decision-id="${CSS.escape(id)}"] .decision-text`;

export function useDecisionTypeAhead(
  decisions: readonly Decision[],
  container: React.RefObject<HTMLElement | null>,
  add: (afterId: Id | undefined) => Promise<Id>,
) {
  const [pending, setPending] = useState<PendingDecision[]>([]);
  const ahead = useTypedAhead();
  const next = useRef(1);

  /** Shows the next decision's field after `after`, whose write is `adding`. */
  const start = useCallback(
    (after: Id | undefined, afterKey: number | null, adding: Promise<Id>) => {
      const key = next.current++;
      const shown: PendingDecision = { key, after, afterKey, adding, id: null, error: null };
      flushSync(() => setPending((list) => [...list, shown]));
      adding.then(
        // Stored: the fields typed ahead after it now follow its stored row.
        (id) =>
          setPending((list) =>
            list.map((p) =>
              p.key === key ? { ...p, id } : p.afterKey === key ? { ...p, after: id } : p,
            ),
          ),
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          setPending((list) => list.map((p) => (p.key === key ? { ...p, error: message } : p)));
        },
      );
    },
    [],
  );

  /** Enter in a stored decision (or the Add button, with none): the next one goes after it. */
  const after = useCallback((id: Id | undefined) => start(id, null, add(id)), [start, add]);

  /** Enter in a decision not stored yet: the next one goes after it, once it is. */
  const afterPending = useCallback(
    (p: PendingDecision) =>
      start(
        p.id ?? undefined,
        p.key,
        p.adding.then((id) => add(id)),
      ),
    [start, add],
  );

  // A stored decision's field is drawn in the same render as the block that holds it: it
  // takes the text and the focus before it is painted.
  useLayoutEffect(() => {
    const done: number[] = [];
    for (const p of pending) {
      if (p.id === null) continue;
      const field = container.current?.querySelector<HTMLElement>(fieldOf(p.id));
      if (!field) continue;
      ahead.handOverTo(p.key, field);
      done.push(p.key);
    }
    // eslint-disable-next-line react-hooks/set-state-in-effect -- known only once drawn
    if (done.length > 0) setPending((list) => list.filter((p) => !done.includes(p.key)));
  }, [pending, decisions, container, ahead]);

  const discard = useCallback(
    (key: number) => {
      ahead.forget(key);
      setPending((list) => list.filter((p) => p.key !== key));
    },
    [ahead],
  );

  return {
    /** Decisions shown ahead of their stored field, in the order they were asked for. */
    waiting: pending,
    after,
    afterPending,
    discard,
    field: ahead.field,
  };
}

/**
 * The decisions waiting for their stored row that follow `anchor` (a stored decision's id, or
 * undefined for those whose decision is not among `stored`: shown last), each followed by
 * those typed ahead after it.
 */
export function waitingAfter(
  waiting: readonly PendingDecision[],
  stored: ReadonlySet<Id>,
  anchor: Id | undefined,
): PendingDecision[] {
  const keys = new Set(waiting.map((p) => p.key));
  const follows = (p: PendingDecision) => {
    if (p.afterKey !== null && keys.has(p.afterKey)) return false;
    return anchor === undefined
      ? p.after === undefined || !stored.has(p.after)
      : p.after === anchor;
  };
  const chain = (first: PendingDecision): PendingDecision[] => [
    first,
    ...waiting.filter((q) => q.afterKey === first.key).flatMap(chain),
  ];
  return waiting.filter(follows).flatMap(chain);
}

/** The field of a decision being added, in the place it will take. */
export function PendingDecisionRow(props: {
  pending: PendingDecision;
  where: string;
  typeAhead: ReturnType<typeof useDecisionTypeAhead>;
}) {
  const { pending, typeAhead } = props;
  const focus = useCallback((element: HTMLTextAreaElement | null) => {
    element?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    if (pending.error === null) typeAhead.afterPending(pending);
  };
  return (
    <li className="decision-row is-pending" data-testid="pending-decision">
      <span className="muted">{pending.error === null ? 'Saving…' : 'Not added'}</span>
      <textarea
        ref={focus}
        className="decision-text"
        rows={1}
        aria-label={`New decision, ${props.where}`}
        aria-invalid={pending.error !== null}
        onFocus={() => typeAhead.field.onFocus(pending.key)}
        onBlur={() => typeAhead.field.onBlur(pending.key)}
        onChange={(e) => typeAhead.field.onText(pending.key, e.target.value)}
        onKeyDown={onKeyDown}
      />
      {pending.error !== null && (
        <p className="error" role="alert">
          The decision was not added: {pending.error} What you typed is still here to copy.{' '}
          <button type="button" onClick={() => typeAhead.discard(pending.key)}>
            Discard
          </button>
        </p>
      )}
    </li>
  );
}
