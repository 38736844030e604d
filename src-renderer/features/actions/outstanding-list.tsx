import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { Id } from '../../domain';
import { fold } from '../../domain/search-text';
import { describeDaysOpen, describeOverdue, formatShortDate } from './describe';
import type { OutstandingEntry } from './give-update-form';
import { Tag } from './tag';

/**
 * Up to this many outstanding actions, every one is in the page, as in a body of a few
 * years. A longer list (a body of fifteen years may carry hundreds) scrolls in a frame of its
 * own, with only the actions in view drawn, and can be narrowed by words: drawing a few
 * hundred choices made the minutes editor slow to open and to type in.
 */
const allShownUpTo = 40;
/** A first guess of a choice's height before it is measured: three lines. */
const estimatedHeight = 78;

interface Props {
  entries: readonly OutstandingEntry[];
  selected: ReadonlySet<Id>;
  onToggle: (actionId: Id, on: boolean) => void;
}

/** The outstanding actions to tick, each with its reference, owner, words and age. */
export function OutstandingList({ entries, selected, onToggle }: Props) {
  const id = useId();
  const [words, setWords] = useState('');
  const wanted = fold(useDeferredValue(words)).trim();
  const long = entries.length > allShownUpTo;
  const shown = useMemo(
    () => (long && wanted !== '' ? entries.filter((e) => matches(e, wanted)) : entries),
    [entries, long, wanted],
  );
  const scroller = useRef<HTMLDivElement>(null);
  // The app is not built with the React Compiler, which is what this rule guards: the
  // virtualizer renders this component again itself as the list scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedHeight,
    getItemKey: (index) => shown[index]?.action.id ?? index,
    overscan: long ? 6 : shown.length,
  });
  const rows = virtualizer.getVirtualItems();

  return (
    <>
      {long && (
        <div className="field outstanding-find">
          <label htmlFor={`${id}-find`}>Find among the {entries.length} outstanding actions</label>
          <input
            id={`${id}-find`}
            type="search"
            value={words}
            placeholder="Reference, owner or words"
            onChange={(e) => setWords(e.target.value)}
            aria-describedby={`${id}-count`}
          />
          <p id={`${id}-count`} className="muted" role="status">
            {wanted === '' ? '' : `${String(shown.length)} shown`}
          </p>
        </div>
      )}
      <div
        ref={scroller}
        className={long ? 'outstanding-scroll' : undefined}
        role={long ? 'region' : undefined}
        aria-label={long ? 'Outstanding actions, scrolling' : undefined}
        tabIndex={long ? 0 : undefined}
      >
        <ul className="outstanding-list" style={{ height: virtualizer.getTotalSize() }}>
          {rows.map((row) => {
            const entry = shown[row.index];
            if (entry === undefined) return null;
            return (
              <li
                key={row.key}
                ref={virtualizer.measureElement}
                data-index={row.index}
                className={`outstanding-choice${entry.confidential ? ' confidential' : ''}`}
                style={{ translate: `0 ${String(row.start)}px` }}
              >
                <OutstandingChoice
                  entry={entry}
                  checked={selected.has(entry.action.id) && !entry.updated}
                  onToggle={onToggle}
                />
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
}

/** An action is found by its reference, its owner or words of its text. */
function matches(entry: OutstandingEntry, wanted: string): boolean {
  const { reference, owner, text } = entry.action;
  return fold(`${reference} ${owner} ${text}`).includes(wanted);
}

/** One action to tick, with what the secretary needs to recognise it. */
const OutstandingChoice = memo(function OutstandingChoice(props: {
  entry: OutstandingEntry;
  checked: boolean;
  onToggle: (actionId: Id, on: boolean) => void;
}) {
  const { action, age, updated, confidential } = props.entry;
  const overdue = describeOverdue(age);
  return (
    <label>
      <input
        type="checkbox"
        checked={props.checked}
        disabled={updated}
        onChange={(e) => props.onToggle(action.id, e.target.checked)}
      />
      <span className="choice-body">
        <span className="choice-head">
          <strong className="action-ref">{action.reference}</strong> <span>{action.owner}</span>
          {confidential && <Tag kind="confidential">Confidential</Tag>}
          {updated && <Tag>Updated at this meeting</Tag>}
        </span>{' '}
        <span className="choice-text">{action.text}</span>{' '}
        <span className="choice-meta muted">
          Raised {formatShortDate(action.raisedOn)} · {describeDaysOpen(age)}
          {action.dueDate !== null && ` · due ${formatShortDate(action.dueDate)}`}
          {overdue && <strong className="overdue-text"> · {overdue}</strong>}
        </span>
      </span>
    </label>
  );
});
