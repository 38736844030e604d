import { useEffect, useRef, type KeyboardEvent } from 'react';
import {
  formatDuration,
  itemElapsedSeconds,
  type AgendaItem,
  type ItemStatus,
  type NumberedItem,
} from '../../domain';
import type { RunCommands } from './use-run-commands';
import './chair-agenda.css';

const marks: Record<ItemStatus, string> = {
  done: '✓',
  current: '▶',
  deferred: '↷',
  withdrawn: '✕',
  pending: '',
};

const statusWords: Record<ItemStatus, string> = {
  done: 'Done',
  current: 'Now',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
  pending: '',
};

function timeNote(item: AgendaItem, now: number): string {
  if (item.status === 'done' || item.status === 'current') {
    return formatDuration(itemElapsedSeconds(item, now));
  }
  return item.plannedMinutes === null ? '' : `${String(item.plannedMinutes)} min`;
}

/**
 * Keeps the row of `focusId` (the current item, or the next one between items) in the middle
 * of the list's own scroll area whenever it changes. Only the list scrolls: scrollIntoView
 * would move the page too where the page itself scrolls (a narrow window).
 */
function useRowInView(focusId: string | null) {
  const list = useRef<HTMLElement>(null);
  useEffect(() => {
    const box = list.current;
    if (focusId === null || box === null || box.scrollHeight <= box.clientHeight) return;
    const row = box.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(focusId)}"]`);
    if (row === null) return;
    const rowTop = row.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTop += rowTop - (box.clientHeight - row.offsetHeight) / 2;
  }, [focusId]);
  return list;
}

/**
 * Home and End on the list itself take it to its top and bottom. Chromium's own keyboard
 * scrolling of a focused box is smooth and, on a busy machine, sometimes not done at all.
 */
function scrollToEnds(event: KeyboardEvent<HTMLElement>) {
  const box = event.currentTarget;
  if (event.target !== box || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === 'Home') box.scrollTop = 0;
  else if (event.key === 'End') box.scrollTop = box.scrollHeight;
  else return;
  event.preventDefault();
}

/**
 * The whole agenda at a glance: ticks against finished items, the current one highlighted,
 * deferred and withdrawn items marked in words. A deferred item can be taken up again.
 * The list scrolls on its own, within the window, and can be scrolled from the keyboard.
 */
export function ChairAgenda(props: {
  numbered: readonly NumberedItem<AgendaItem>[];
  now: number;
  live: boolean;
  /** The item Next takes up: marked, so the Chair sees what comes. */
  nextId: string | null;
  commands: RunCommands;
}) {
  const { numbered, now, live, nextId, commands } = props;
  const current = numbered.find((n) => n.depth === 0 && n.item.status === 'current');
  // Between items, the list keeps the next item in view.
  const list = useRowInView(current?.item.id ?? nextId);
  return (
    <section
      ref={list}
      className="chair-agenda"
      aria-labelledby="chair-agenda-heading"
      data-testid="chair-agenda"
      // Focusable, so that it scrolls from the keyboard too: its rows are mostly not focusable.
      tabIndex={0}
      onKeyDown={scrollToEnds}
    >
      <h2 id="chair-agenda-heading">Agenda</h2>
      <ol aria-label="Agenda items and their progress">
        {numbered.map(({ item, number, depth }) => {
          const top = depth === 0;
          const status = top ? item.status : 'pending';
          // Waiting items come up with Next; only a deferred one needs taking up by hand.
          const canTakeUp = live && top && status === 'deferred';
          const isNext = item.id === nextId;
          const word = isNext ? 'Next' : statusWords[status];
          const classes = ['chair-row', `chair-row-${status}`];
          if (!top) classes.push('chair-row-sub');
          if (isNext) classes.push('chair-row-next');
          return (
            <li
              key={item.id}
              className={classes.join(' ')}
              aria-current={status === 'current' ? 'step' : undefined}
              data-testid="chair-agenda-item"
              data-item-id={item.id}
              data-status={status}
            >
              <span className="chair-mark" aria-hidden="true">
                {marks[status]}
              </span>
              <span className="chair-row-number">{number}</span>
              <span className="chair-row-title">
                {item.title}
                {word !== '' && <span className="chair-row-word">{word}</span>}
              </span>
              <span className="chair-row-time">{top ? timeNote(item, now) : ''}</span>
              {canTakeUp && (
                <button
                  type="button"
                  className="chair-take-up"
                  aria-label={`Take up item ${number} now`}
                  disabled={commands.takeUp.busy}
                  onClick={() => commands.takeUp.act(item.id)}
                >
                  Take up
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
