import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'wouter';
import { meetingStatusLabels, type Meeting } from '../../domain';
import { formatMeetingDate } from '../shared/dates';
import './meetings-list.css';

/** A first guess of a meeting's card height, gap included, before it is measured. */
const estimatedHeight = 72;

/** Up to this many meetings (five years of monthly ones), every card is in the page. */
const allShownUpTo = 60;

/**
 * A body's meetings, newest first, each a link to its agenda. Fifteen years of monthly
 * meetings are 180 cards: only those in view (and a few either side) are in the page, in a
 * list that scrolls in its own frame and tells assistive technology each card's place in the
 * whole list.
 */
export function MeetingsList({ meetings }: { meetings: readonly Meeting[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  // The app is not built with the React Compiler, which is what this rule guards: the
  // virtualizer renders this component again itself as the list scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: meetings.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedHeight,
    getItemKey: (index) => meetings[index]?.id ?? index,
    // A short list is all in the page; a long one only around what is in view.
    overscan: meetings.length <= allShownUpTo ? meetings.length : 6,
  });
  return (
    <div ref={scroller} className="meetings-scroll">
      <ul className="card-list meetings-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const m = meetings[row.index];
          if (m === undefined) return null;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-setsize={meetings.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${String(row.start)}px)` }}
            >
              <Link href={`/meetings/${m.id}`} className="card link-card">
                <strong>
                  Meeting {m.number} — {formatMeetingDate(m.date)}
                </strong>
                <span className="muted">
                  {m.startTime}
                  {m.venue ? ` · ${m.venue}` : ''} · {meetingStatusLabels[m.status]}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
