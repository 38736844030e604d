import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { ResultLine } from './result-line';
import type { ResultRow } from './search-rows';
import type { SearchEntry } from '../../domain/search-results';

/** The DOM id of a result line, for aria-activedescendant. */
export const optionId = (listId: string, index: number) => `${listId}-option-${String(index)}`;

/**
 * The results, grouped by meeting, as a listbox of which only the lines in view are drawn (a
 * search may return hundreds). The active line is kept in view; a meeting's heading is shown
 * above its results and named in each result for a screen reader.
 */
export function SearchResultsList(props: {
  id: string;
  rows: readonly ResultRow[];
  active: number;
  /** The query the rows answer (read by the benchmark to know the answer is drawn). */
  answers: string;
  /** The query's phrases, highlighted with the words found. */
  phrases: readonly (readonly string[])[];
  onActivate: (index: number) => void;
  onOpen: (entry: SearchEntry) => void;
}) {
  const { rows, active, id } = props;
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer's functions change as it measures: this component is not memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.type === 'group' ? 34 : 68),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 6,
  });
  useEffect(() => {
    // The first result of a meeting brings its heading into view with it.
    const first = rows[active - 1]?.type === 'group' ? active - 1 : active;
    if (active >= 0) virtual.scrollToIndex(first, { align: 'auto' });
  }, [active, rows, virtual]);
  const activeEntry = rows[active]?.type === 'entry';

  return (
    <div
      ref={scroller}
      id={id}
      className="search-results"
      role="listbox"
      aria-label="Results"
      tabIndex={0}
      aria-activedescendant={activeEntry ? optionId(id, active) : undefined}
      data-answers={props.answers}
    >
      <div className="search-results-inner" style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((v) => {
          const row = rows[v.index];
          if (row === undefined) return null;
          const style = { transform: `translateY(${String(v.start)}px)` };
          if (row.type === 'group')
            return (
              <div
                key={v.key}
                ref={virtual.measureElement}
                data-index={v.index}
                className="search-group"
                aria-hidden="true"
                style={style}
              >
                {row.label}
              </div>
            );
          return (
            <ResultLine
              key={v.key}
              measure={virtual.measureElement}
              index={v.index}
              id={optionId(id, v.index)}
              row={row}
              phrases={props.phrases}
              active={v.index === active}
              start={v.start}
              onActivate={props.onActivate}
              onOpen={props.onOpen}
            />
          );
        })}
      </div>
    </div>
  );
}
