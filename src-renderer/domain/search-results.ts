import type { Id } from './model';
import type { SearchKind } from './search-docs';
import { highlightRanges } from './search-query';
import { snippetOf, type Snippet } from './search-snippet';

/** How results are ordered: the newest meeting first, or the best match first. */
export type SearchOrder = 'newest' | 'relevance';

/** What the user asked for: the words, and the filters beside them. */
export interface SearchRequest {
  text: string;
  /** One body, or null for all. */
  bodyId: Id | null;
  /** One calendar year (of the meeting's date), or null for all. */
  year: number | null;
  /** The kinds wanted; empty for all. */
  kinds: SearchKind[];
  /** Confidential text is searched only when asked for. */
  includeConfidential: boolean;
  order: SearchOrder;
  /** At most this many results are returned (the best, or the newest). */
  limit: number;
}

/**
 * Where a result opens: the meeting's minutes at an item or block, its attendance (with its
 * declarations of interest), its agenda page (with its amendments), or the action log.
 */
export interface SearchTarget {
  screen: 'minutes' | 'attendance' | 'agenda' | 'actions';
  bodyId: Id;
  meetingId: Id | null;
  itemId: Id | null;
  blockId: Id | null;
}

/**
 * One result: what it is, its heading and text, and the indexed words it was found by (the
 * screen highlights them, and the query's phrases, in the lines it draws: see
 * `entryHighlights`).
 */
export interface SearchEntry {
  id: string;
  kind: SearchKind;
  heading: string;
  text: string;
  terms: string[];
  confidential: boolean;
  score: number;
  target: SearchTarget;
}

/** The results of one meeting (or a body's earlier actions, which have no meeting). */
export interface SearchGroup {
  key: string;
  bodyName: string;
  /** The meeting's number and date; null for actions entered by hand before any meeting. */
  meeting: { id: Id; number: number; date: string } | null;
  entries: SearchEntry[];
}

/** The answer to a request. */
export interface SearchResults {
  text: string;
  groups: SearchGroup[];
  /** How many results matched; more than are returned when over the request's limit. */
  total: number;
  /** How many are returned. */
  shown: number;
}

/** A group while being gathered: its entries and what orders it. */
export interface GroupDraft {
  group: SearchGroup;
  /** "2016-03-10" for a meeting; "" for a group with no meeting (last when newest first). */
  date: string;
  number: number;
}

/**
 * Orders the groups and their entries, and keeps at most `limit` entries: by best match
 * (groups by their best entry) or newest meeting first (entries by best match within it).
 */
export function arrangeGroups(
  drafts: readonly GroupDraft[],
  order: SearchOrder,
  limit: number,
): { groups: SearchGroup[]; shown: number } {
  const best = new Map<GroupDraft, number>();
  for (const draft of drafts) {
    draft.group.entries.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    best.set(draft, draft.group.entries[0]?.score ?? 0);
  }
  const sorted = [...drafts].sort((a, b) =>
    order === 'newest'
      ? b.date.localeCompare(a.date) ||
        b.number - a.number ||
        a.group.key.localeCompare(b.group.key)
      : (best.get(b) ?? 0) - (best.get(a) ?? 0) || a.group.key.localeCompare(b.group.key),
  );
  const groups: SearchGroup[] = [];
  let shown = 0;
  for (const draft of sorted) {
    if (shown >= limit) break;
    const entries = draft.group.entries.slice(0, limit - shown);
    shown += entries.length;
    groups.push({ ...draft.group, entries });
  }
  return { groups, shown };
}

/** A result's heading and text as drawn: the words found and the phrases marked, the text cut around them. */
export function entryHighlights(
  entry: Pick<SearchEntry, 'heading' | 'text' | 'terms'>,
  phrases: readonly (readonly string[])[],
): { heading: Snippet; text: Snippet } {
  const terms = new Set(entry.terms);
  return {
    heading: { text: entry.heading, ranges: highlightRanges(entry.heading, terms, phrases) },
    text: snippetOf(entry.text, highlightRanges(entry.text, terms, phrases)),
  };
}
