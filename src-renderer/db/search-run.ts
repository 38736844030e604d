import type MiniSearch from 'minisearch';
import type { Query, SearchResult } from 'minisearch';
import type { SearchDoc } from '../domain/search-docs';
import { indexedWords, parseQuery, phraseRanges } from '../domain/search-query';
import {
  arrangeGroups,
  type GroupDraft,
  type SearchEntry,
  type SearchRequest,
  type SearchResults,
  type SearchTarget,
} from '../domain/search-results';
import type { SearchCorpus } from './search-corpus';

/** A word in a heading (an item's title, an action's reference) counts for three in a text. */
const headingBoost = 3;

/** The year a document belongs to: its meeting's, or the year an earlier action was raised. */
function yearOf(doc: SearchDoc, corpus: SearchCorpus): number {
  const meeting = doc.meetingId === null ? undefined : corpus.meetings.get(doc.meetingId);
  if (meeting !== undefined) return Number(meeting.date.slice(0, 4));
  return doc.secrecy.of === 'action' ? Number(doc.secrecy.action.raisedOn.slice(0, 4)) : 0;
}

/** Where a document opens. */
function targetOf(doc: SearchDoc, corpus: SearchCorpus): SearchTarget {
  const base = { bodyId: doc.bodyId, meetingId: doc.meetingId };
  if (doc.meetingId === null) return { ...base, screen: 'actions', itemId: null, blockId: null };
  if (doc.kind === 'attendance')
    return { ...base, screen: 'attendance', itemId: null, blockId: null };
  if (doc.kind === 'update')
    return {
      ...base,
      screen: 'minutes',
      itemId: corpus.outstandingItem(doc.meetingId),
      blockId: null,
    };
  return { ...base, screen: 'minutes', itemId: doc.itemId, blockId: doc.blockId };
}

/** The group a document is shown in: its meeting, or its body's actions from before any. */
const groupKey = (doc: SearchDoc) => doc.meetingId ?? `earlier:${doc.bodyId}`;

/**
 * The results that will be returned, at most the request's limit: the best matches (MiniSearch
 * orders them by score), or those of the newest meetings (each meeting's best first). Only
 * these are worked on further, however many matched.
 */
function chosen<R extends SearchResult>(found: R[], corpus: SearchCorpus, request: SearchRequest) {
  if (request.order === 'relevance') return found.slice(0, request.limit);
  const buckets = new Map<string, R[]>();
  for (const result of found) {
    const doc = corpus.docs.get(result.id as string);
    if (doc === undefined) continue;
    const key = groupKey(doc);
    const bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, [result]);
    else bucket.push(result);
  }
  const meetings = [...buckets.keys()].map((key) => {
    const meeting = corpus.meetings.get(key);
    return { key, date: meeting?.date ?? '', number: meeting?.number ?? 0 };
  });
  meetings.sort((a, b) => b.date.localeCompare(a.date) || b.number - a.number);
  const picked: R[] = [];
  for (const { key } of meetings)
    for (const result of buckets.get(key) ?? []) {
      if (picked.length >= request.limit) return picked;
      picked.push(result);
    }
  return picked;
}

/**
 * One search: every word asked must be in the document (the last word typed may be the start
 * of a longer one), every phrase must stand in its heading or text, and the filters must
 * pass; confidential documents only when asked for. Results are grouped by meeting, and only
 * the results returned are worked on (the screen marks the words found in the lines it draws).
 */
export function runSearch(
  mini: MiniSearch<SearchDoc>,
  corpus: SearchCorpus,
  request: SearchRequest,
): SearchResults {
  const empty: SearchResults = { text: request.text, groups: [], total: 0, shown: 0 };
  const parsed = parseQuery(request.text);
  const words = indexedWords(parsed);
  if (words.length === 0) return empty;
  const lastTyped = parsed.lastIsPrefix ? parsed.terms[parsed.terms.length - 1] : undefined;
  const query: Query = {
    combineWith: 'AND',
    queries: words.map((word) => ({
      queries: [word],
      // Two letters begin too many words to be worth it.
      prefix: word === lastTyped && word.length >= 3,
    })),
  };
  const kinds = new Set(request.kinds);
  const passes = (doc: SearchDoc): boolean => {
    if (kinds.size > 0 && !kinds.has(doc.kind)) return false;
    if (request.bodyId !== null && doc.bodyId !== request.bodyId) return false;
    if (request.year !== null && yearOf(doc, corpus) !== request.year) return false;
    if (!request.includeConfidential && corpus.isConfidential(doc)) return false;
    return parsed.phrases.every(
      (p) => phraseRanges(doc.heading, p).length > 0 || phraseRanges(doc.text, p).length > 0,
    );
  };
  const found = mini.search(query, {
    boost: { heading: headingBoost },
    filter: (result) => {
      const doc = corpus.docs.get(result.id as string);
      return doc !== undefined && passes(doc);
    },
  });

  const drafts = new Map<string, GroupDraft>();
  for (const result of chosen(found, corpus, request)) {
    const doc = corpus.docs.get(result.id as string);
    if (doc === undefined) continue;
    const key = groupKey(doc);
    let draft = drafts.get(key);
    if (draft === undefined) {
      const meeting = doc.meetingId === null ? undefined : corpus.meetings.get(doc.meetingId);
      draft = {
        date: meeting?.date ?? '',
        number: meeting?.number ?? 0,
        group: {
          key,
          bodyName: corpus.bodies.get(doc.bodyId)?.name ?? '',
          meeting:
            meeting === undefined
              ? null
              : { id: meeting.id, number: meeting.number, date: meeting.date },
          entries: [],
        },
      };
      drafts.set(key, draft);
    }
    const entry: SearchEntry = {
      id: doc.id,
      kind: doc.kind,
      heading: doc.heading,
      text: doc.text,
      terms: result.terms,
      confidential: corpus.isConfidential(doc),
      score: result.score,
      target: targetOf(doc, corpus),
    };
    draft.group.entries.push(entry);
  }
  const { groups, shown } = arrangeGroups([...drafts.values()], request.order, request.limit);
  return { text: request.text, groups, total: found.length, shown };
}
