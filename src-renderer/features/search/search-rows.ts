import type { SearchEntry, SearchGroup, SearchResults } from '../../domain/search-results';
import { formatLongDate } from '../shared/dates';

/** A line of the results list: a meeting's heading, or one result under it. */
export type ResultRow =
  | { type: 'group'; key: string; label: string }
  | { type: 'entry'; key: string; entry: SearchEntry; label: string };

/** "SEC Panel — Meeting 30, 10 March 2016", or "SEC Panel — earlier actions". */
export function groupLabel(group: SearchGroup): string {
  if (group.meeting === null) return `${group.bodyName} — actions from before its meetings`;
  const { number, date } = group.meeting;
  return `${group.bodyName} — Meeting ${String(number)}, ${formatLongDate(date)}`;
}

/** The results as one list of lines (a meeting's heading, then its results), for the virtual list. */
export function rowsOf(results: SearchResults | null): ResultRow[] {
  const rows: ResultRow[] = [];
  for (const group of results?.groups ?? []) {
    const label = groupLabel(group);
    rows.push({ type: 'group', key: `g:${group.key}`, label });
    for (const entry of group.entries) rows.push({ type: 'entry', key: entry.id, entry, label });
  }
  return rows;
}

/** The next result line from `from` in a direction (skipping headings), or `from` at an end. */
export function nextEntry(rows: readonly ResultRow[], from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < rows.length; i += step)
    if (rows[i]?.type === 'entry') return i;
  return from;
}

/** What the count line says. */
export function countLine(results: SearchResults): string {
  const meetings = results.groups.length;
  const found = `${results.total.toLocaleString('en-GB')} result${results.total === 1 ? '' : 's'}`;
  if (results.total === 0) return 'Nothing found.';
  if (results.shown < results.total)
    return `${found}; the first ${results.shown.toLocaleString('en-GB')} are shown. Add words or filters to narrow the search.`;
  return `${found} in ${String(meetings)} meeting${meetings === 1 ? '' : 's'}.`;
}
