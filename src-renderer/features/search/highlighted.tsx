import type { ReactNode } from 'react';
import type { Snippet } from '../../domain/search-snippet';

/** A text with the words found marked (<mark>), as search returned it. */
export function Highlighted({ snippet }: { snippet: Snippet }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const range of snippet.ranges) {
    if (range.start > at) parts.push(snippet.text.slice(at, range.start));
    parts.push(<mark key={range.start}>{snippet.text.slice(range.start, range.end)}</mark>);
    at = range.end;
  }
  if (at < snippet.text.length) parts.push(snippet.text.slice(at));
  return <>{parts}</>;
}
