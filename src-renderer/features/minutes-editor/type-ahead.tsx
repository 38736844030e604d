import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Id, MinuteBlock } from '../../domain';
import { useTypedAhead } from './typed-ahead';
import { firstFieldOf } from './use-focus-later';
import type { AddKind } from './use-item-commands';

/**
 * Type-ahead for new blocks. A shortcut that adds a block shows the block's field at once, in
 * the frame of the key press, and gives it the focus; the row is written to IndexedDB after.
 * Whatever is typed meanwhile goes into that field, and when the stored block arrives (the
 * live query shows it) its real field takes the place, the text typed so far and the focus.
 * So a key typed right after the shortcut can never land in the block before, however long
 * the write takes, and the time to focus does not grow with the meeting.
 *
 * The block's commands work on its field meanwhile. Marked confidential (Alt+C), the block is
 * stored as confidential before its field takes over and any text typed ahead is saved: that
 * text is never stored in a public block. A move (Alt+↑, Alt+↓) is made once the block has
 * taken over; deleting an empty new block (Alt+Delete) removes it as soon as it is stored.
 */

export interface PendingBlock {
  key: number;
  kind: AddKind;
  /** The stored block's id, once the write has given it. */
  id: Id | null;
  /** Why the block could not be added; its text is kept in the field. */
  error: string | null;
  /** Confidential as asked for on the field (Alt+C), and as stored so far. */
  confidential: boolean;
  storedConfidential: boolean;
  /** Storing the confidentiality asked for is under way. */
  sealing: boolean;
  /** Moves asked for on the field, made once the stored block has taken over. */
  moves: (-1 | 1)[];
  /** Deleted on the field: the stored block is deleted as soon as it is written. */
  dropped: boolean;
}

/** What the item does with a block written for a field once its id is known. */
export interface LandingCommands {
  /** Stores the block as confidential, or public again. */
  seal: (id: Id, confidential: boolean) => Promise<void>;
  /** Moves the stored block (its field has the focus by then). */
  move: (id: Id, direction: -1 | 1) => void;
  /** Deletes the stored block, empty: the field it was added for is gone. */
  drop: (id: Id) => void;
}

/** What a block's field is ready for: its text and focus go only to a block stored as asked. */
function readyToHandOver(p: PendingBlock): boolean {
  return p.id !== null && !p.dropped && !p.sealing && p.confidential === p.storedConfidential;
}

/**
 * The blocks being added to one item: `start` shows one at once for a write under way;
 * `pending` lists those whose stored block has not arrived yet.
 */
export function useTypeAhead(
  blocks: readonly MinuteBlock[] | undefined,
  container: RefObject<HTMLElement | null>,
  landing: LandingCommands,
) {
  // The list is kept in a ref too, so that a write's outcome acts on the list as it is then.
  const list = useRef<PendingBlock[]>([]);
  const [pending, setPending] = useState<PendingBlock[]>([]);
  const ahead = useTypedAhead();
  const next = useRef(1);
  const commands = useRef(landing);
  const stored = useRef(blocks);
  useLayoutEffect(() => {
    commands.current = landing;
    stored.current = blocks;
  }, [landing, blocks]);

  const commit = useCallback((change: (all: PendingBlock[]) => PendingBlock[], sync = false) => {
    const all = change(list.current);
    list.current = all;
    if (sync) flushSync(() => setPending(all));
    else setPending(all);
  }, []);
  const update = useCallback(
    (key: number, change: (p: PendingBlock) => PendingBlock) =>
      commit((all) => all.map((p) => (p.key === key ? change(p) : p))),
    [commit],
  );

  // Once its id is known, a block is stored as confidential as its field asks, or deleted
  // when it was deleted on its field.
  const settle = useCallback(
    function settleBlock(key: number) {
      const p = list.current.find((q) => q.key === key);
      if (p === undefined || p.id === null || p.error !== null || p.sealing) return;
      const id = p.id;
      if (p.dropped) {
        ahead.forget(key);
        commit((all) => all.filter((q) => q.key !== key));
        commands.current.drop(id);
      } else if (p.confidential !== p.storedConfidential) {
        const confidential = p.confidential;
        update(key, (q) => ({ ...q, sealing: true }));
        commands.current.seal(id, confidential).then(
          () => {
            update(key, (q) => ({ ...q, sealing: false, storedConfidential: confidential }));
            // Toggled again meanwhile: stored as it is asked now.
            settleBlock(key);
          },
          (error: unknown) => {
            const message = error instanceof Error ? error.message : String(error);
            update(key, (q) => ({ ...q, sealing: false, error: message }));
          },
        );
      }
    },
    [commit, update, ahead],
  );

  const start = useCallback(
    (kind: AddKind, adding: Promise<Id>) => {
      const key = next.current++;
      const added: PendingBlock = {
        key,
        kind,
        id: null,
        error: null,
        confidential: false,
        storedConfidential: false,
        sealing: false,
        moves: [],
        dropped: false,
      };
      // Shown and focused before the next key event is handled.
      commit((all) => [...all, added], true);
      adding.then(
        (id) => {
          update(key, (p) => ({ ...p, id }));
          settle(key);
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          // Deleted on its field already: nothing was stored, nothing is left to show.
          commit((all) =>
            all.flatMap((p) => (p.key !== key ? [p] : p.dropped ? [] : [{ ...p, error: message }])),
          );
        },
      );
    },
    [commit, update, settle],
  );

  // As soon as a stored block's field is drawn (its block may draw it a render later, once
  // its action has loaded), before it is painted: that field takes the text and the focus.
  const written = pending.filter(readyToHandOver);
  const handOverDrawn = useCallback(() => {
    const done: number[] = [];
    for (const p of written) {
      const id = p.id ?? '';
      const field = container.current?.querySelector<HTMLElement>(firstFieldOf(id));
      if (!field) continue;
      ahead.handOverTo(p.key, field);
      for (const direction of p.moves) commands.current.move(id, direction);
      done.push(p.key);
    }
    if (done.length > 0) commit((all) => all.filter((p) => !done.includes(p.key)));
    return done.length === written.length;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `written` is derived from `pending`
  }, [pending, container, commit, ahead]);
  useLayoutEffect(() => {
    // The field is known only once drawn, and must take over before it is painted.
    if (written.length === 0 || handOverDrawn()) return;
    const root = container.current;
    if (root === null) return;
    const watcher = new MutationObserver(() => {
      if (handOverDrawn()) watcher.disconnect();
    });
    watcher.observe(root, { childList: true, subtree: true });
    return () => watcher.disconnect();
  }, [blocks, written.length, handOverDrawn, container]);

  /**
   * A block command pressed on a field still waiting for its block. Returns a sentence to
   * tell the user when it cannot be done yet; the field and its text are kept then.
   */
  const command = useCallback(
    (key: number, what: 'toggle-confidential' | 'move-up' | 'move-down' | 'delete') => {
      if (what === 'toggle-confidential') {
        update(key, (p) => ({ ...p, confidential: !p.confidential }));
      } else if (what === 'delete') {
        if (ahead.typed(key) !== '') {
          return 'The new block is still being saved: its text is kept. Delete it once it is saved.';
        }
        // The focus goes where deleting a stored block sends it: the block before, or Add.
        const last = stored.current?.at(-1);
        const neighbour = last ? firstFieldOf(last.id) : '[data-add="paragraph"]';
        container.current?.querySelector<HTMLElement>(neighbour)?.focus();
        // A block whose write failed has nothing stored to delete: it just goes.
        commit((all) =>
          all.flatMap((p) =>
            p.key !== key
              ? [p]
              : p.id === null && p.error !== null
                ? []
                : [{ ...p, dropped: true }],
          ),
        );
      } else {
        update(key, (p) => ({ ...p, moves: [...p.moves, what === 'move-up' ? -1 : 1] }));
      }
      settle(key);
      return null;
    },
    [commit, update, settle, container, ahead],
  );

  const discard = useCallback(
    (key: number) => {
      ahead.forget(key);
      commit((all) => all.filter((p) => p.key !== key));
    },
    [commit, ahead],
  );

  return {
    /** Blocks shown ahead of their stored field. */
    waiting: pending.filter((p) => !p.dropped),
    start,
    command,
    discard,
    field: ahead.field,
  };
}
