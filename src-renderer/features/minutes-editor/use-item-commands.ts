import { useMemo, useRef, type RefObject } from 'react';
import {
  addBlock,
  confidentialToggle,
  deleteBlock,
  moveBlock,
  raiseAction,
  restoreBlock,
} from '../../db';
import type { Id, MinuteBlock } from '../../domain';
import { useReportError } from '../shared/use-report-error';
import { useSaveField, useServices } from '../shell/app-context';
import type { BlockActions } from './block-view';
import type { LandingCommands } from './type-ahead';
import { firstFieldOf, useFocusLater } from './use-focus-later';

export type AddKind = 'paragraph' | 'decisions' | 'action' | 'note';

/**
 * The commands of one item's minutes: add, move, mark confidential, delete (with undo). Adding
 * returns the write, whose new block takes the focus through the type-ahead field
 * (type-ahead.tsx); moving and deleting move the focus once the live query shows the change.
 */
export function useItemCommands(
  itemId: Id,
  number: string,
  container: RefObject<HTMLElement | null>,
) {
  const { data, store } = useServices();
  const saveField = useSaveField();
  const report = useReportError();
  const focusLater = useFocusLater(container);
  const blocksRef = useRef<readonly MinuteBlock[]>([]);
  // Each block's marks in the order asked: Alt+C pressed twice before the screen shows the
  // first mark flips the block twice, not once.
  const marks = useRef(new Map<Id, Promise<void>>());

  const add = useMemo(
    () =>
      (kind: AddKind): Promise<Id> => {
        const adding =
          kind === 'action'
            ? raiseAction(data, itemId).then((raised) => {
                store.getState().notify({
                  tone: 'info',
                  message: `ACTION ${raised.reference} raised under item ${number}.`,
                });
                return raised.blockId;
              })
            : addBlock(data, itemId, kind);
        adding.catch(report);
        return adding;
      },
    [data, itemId, number, store, report],
  );

  const actions = useMemo<BlockActions>(
    () => ({
      move: (id, direction) => {
        // Moving the node can blur the field typed in: put the focus back once it has moved.
        const active = document.activeElement;
        moveBlock(data, id, direction)
          .then(() => {
            if (active instanceof HTMLElement) focusLater(active);
          })
          .catch(report);
      },
      toggleConfidential: (block) => {
        const queue = marks.current;
        const mark = (queue.get(block.id) ?? Promise.resolve())
          .then(() => confidentialToggle(data, block.id))
          .then(async (toggle) => {
            if (toggle !== null) await saveField({ op: 'updateBlock', id: block.id, ...toggle });
          })
          .catch(report);
        queue.set(block.id, mark);
        void mark.then(() => {
          if (queue.get(block.id) === mark) queue.delete(block.id);
        });
      },
      remove: (block) => {
        const blocks = blocksRef.current;
        const index = blocks.findIndex((b) => b.id === block.id);
        const neighbour = blocks[index + 1] ?? blocks[index - 1];
        const next = neighbour ? firstFieldOf(neighbour.id) : `[data-add="paragraph"]`;
        // The focus leaves the block at once: keys typed while it is deleted go on in the
        // block next to it, not into one about to go.
        const active = document.activeElement;
        const wasIn = active instanceof HTMLElement && active.closest('[data-block-id]');
        if (wasIn instanceof HTMLElement && wasIn.dataset.blockId === block.id) {
          container.current?.querySelector<HTMLElement>(next)?.focus();
        }
        deleteBlock(data, block.id)
          .then((removed) => {
            if (!removed) return;
            store.getState().notify({
              tone: 'info',
              message: `${removed.action ? `ACTION ${removed.action.reference}` : labelOf(block)} deleted from item ${number}.`,
              undo: () => restoreBlock(data, removed),
            });
            // Only if the focus went with the block: never away from where the user now is.
            if (document.activeElement === document.body) focusLater(next);
          })
          .catch(report);
      },
    }),
    [data, number, store, saveField, focusLater, report, container],
  );
  // For a block added from a field that was given commands before the block was stored.
  const landing = useMemo<LandingCommands>(
    () => ({
      // A failure is shown on the block's field, which keeps its text.
      seal: (id, confidential) => saveField({ op: 'updateBlock', id, patch: { confidential } }),
      // Past the first or last block, the data layer leaves it where it is.
      move: (id, direction) => actions.move(id, direction),
      drop: (id) => {
        deleteBlock(data, id).catch(report);
      },
    }),
    [data, saveField, report, actions],
  );
  return { add, actions, landing, blocksRef };
}

function labelOf(block: MinuteBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return 'A paragraph';
    case 'decisions':
      return 'A decisions block';
    case 'action':
      return 'An action';
    case 'note':
      return 'A post-meeting note';
  }
}
