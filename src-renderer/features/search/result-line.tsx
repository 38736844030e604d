import { useMemo } from 'react';
import { entryHighlights, type SearchEntry } from '../../domain/search-results';
import { Highlighted } from './highlighted';
import type { ResultRow } from './search-rows';
import { kindNames } from './search-target';

/**
 * One result in the list: its kind, "Confidential" when it is, its heading and the part of
 * its text around the words found, marked. The marks are worked out here, for the lines
 * drawn only, not for every result returned.
 */
export function ResultLine(props: {
  measure: (element: HTMLElement | null) => void;
  index: number;
  id: string;
  row: Extract<ResultRow, { type: 'entry' }>;
  phrases: readonly (readonly string[])[];
  active: boolean;
  start: number;
  onActivate: (index: number) => void;
  onOpen: (entry: SearchEntry) => void;
}) {
  const { measure, index, id, row, phrases, active, start, onActivate, onOpen } = props;
  const { entry, label } = row;
  const marked = useMemo(() => entryHighlights(entry, phrases), [entry, phrases]);
  return (
    <div
      ref={measure}
      data-index={index}
      id={id}
      role="option"
      aria-selected={active}
      className="search-entry"
      style={{ transform: `translateY(${String(start)}px)` }}
      onMouseDown={(e) => e.preventDefault()}
      onMouseMove={() => !active && onActivate(index)}
      onClick={() => onOpen(entry)}
    >
      <span className="search-entry-line">
        <span className="search-kind">{kindNames[entry.kind]}</span>
        {entry.confidential && <span className="search-confidential">Confidential</span>}
        {entry.heading !== '' && (
          <span className="search-heading">
            <Highlighted snippet={marked.heading} />
          </span>
        )}
      </span>
      {entry.text !== '' && (
        <span className="search-text">
          <Highlighted snippet={marked.text} />
        </span>
      )}
      <span className="visually-hidden">, {label}</span>
    </div>
  );
}
