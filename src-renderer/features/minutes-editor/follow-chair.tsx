import { useCallback, useEffect, useRef, useState } from 'react';
import type { AgendaItem } from '../../domain';
import { itemElementId } from '../shared/reveal';

/**
 * While the meeting is live, the secretary follows the Chair: the Minutes screen can jump to the item the Chair has made
 * current (Alt+G, or the toolbar's button), and, with "Follow the Chair" ticked, keeps it in
 * view as the Chair moves on — scrolling only, so the field being typed in keeps the focus.
 */

function showItem(itemId: string, focus: boolean) {
  const heading = document.getElementById(itemElementId(itemId));
  if (heading === null) return;
  heading.scrollIntoView({ block: 'start', behavior: 'smooth' });
  if (focus) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}

export function FollowChair({ items }: { items: readonly AgendaItem[] }) {
  const current = items.find((i) => i.status === 'current');
  const currentId = current?.id ?? null;
  const [follow, setFollow] = useState(false);

  const goToCurrent = useCallback(() => {
    if (currentId !== null) showItem(currentId, true);
  }, [currentId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyG') {
        e.preventDefault();
        goToCurrent();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goToCurrent]);

  // Following: each time the Chair makes another item current, bring it into view.
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!follow || currentId === null || shown.current === currentId) return;
    shown.current = currentId;
    showItem(currentId, false);
  }, [follow, currentId]);

  return (
    <>
      <button
        type="button"
        onClick={goToCurrent}
        disabled={currentId === null}
        aria-keyshortcuts="Alt+G"
        title={currentId === null ? 'No item is current' : 'Go to the current item (Alt+G)'}
      >
        Go to the current item <kbd>Alt+G</kbd>
      </button>
      <label className="follow-chair">
        <input
          type="checkbox"
          checked={follow}
          onChange={(e) => {
            shown.current = null;
            setFollow(e.target.checked);
          }}
        />{' '}
        Follow the Chair
      </label>
    </>
  );
}

const statusNames: Partial<Record<AgendaItem['status'], string>> = {
  current: 'Current item',
  done: 'Taken',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
};

/** Where the meeting stands with an item, as the Chair left it: current, taken, deferred … */
export function ItemStatus({ status }: { status: AgendaItem['status'] }) {
  const name = statusNames[status];
  if (name === undefined) return null;
  return <span className={`item-status status-${status}`}>{name}</span>;
}
