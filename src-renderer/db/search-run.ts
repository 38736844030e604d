import type { SearchDoc, SearchKind } from '../domain/search-docs';
import { indexedWords, parseQuery, phraseRanges } from '../domain/search-query';
import { indexTerms } from '../domain/search-text';
import {
  arrangeGroups,
  type GroupDraft,
  type SearchEntry,
  type SearchRequest,
  type SearchResults,
  type SearchTarget,
} from '../domain/search-results';
import type { SearchCorpus } from './search-corpus';
import { groupKey, type TermIndex, type TermMatch } from './search-postings';

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
  if (doc.kind === 'attendance' || doc.kind === 'interest')
    return { ...base, screen: 'attendance', itemId: null, blockId: null };
  if (doc.kind === 'amendment') return { ...base, screen: 'agenda', itemId: null, blockId: null };
  if (doc.kind === 'update')
    return {
      ...base,
      screen: 'minutes',
      itemId: corpus.outstandingItem(doc.meetingId),
      blockId: null,
    };
  return { ...base, screen: 'minutes', itemId: doc.itemId, blockId: doc.blockId };
}

/**
 * The results that will be returned, at most the request's limit: the best matches, or those
 * of the newest meetings (each meeting's best first). Only these are worked on further,
 * however many matched.
 */
function chosen(
  found: TermMatch[],
  index: TermIndex,
  corpus: SearchCorpus,
  request: SearchRequest,
): TermMatch[] {
  if (request.order === 'relevance') return best(found, request.limit);
  const buckets = new Map<string, TermMatch[]>();
  for (const result of found) {
    const key = index.groupAt(result.slot) ?? '';
    const bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, [result]);
    else bucket.push(result);
  }
  const meetings = [...buckets.keys()].map((key) => {
    const meeting = corpus.meetings.get(key);
    return { key, date: meeting?.date ?? '', number: meeting?.number ?? 0 };
  });
  meetings.sort((a, b) => b.date.localeCompare(a.date) || b.number - a.number);
  const picked: TermMatch[] = [];
  for (const { key } of meetings)
    for (const result of buckets.get(key) ?? []) {
      if (picked.length >= request.limit) return picked;
      picked.push(result);
    }
  return picked;
}

/**
 * The `limit` best-scored matches, best first (ties in the order found). The cut-off score is
 * found by sorting the scores alone, as numbers, so that only the few kept are sorted as
 * objects: a query of common words matches 17,000 documents of a fifteen-year archive.
 */
function best(found: readonly TermMatch[], limit: number): TermMatch[] {
  if (found.length <= limit) return [...found].sort((a, b) => b.score - a.score);
  const scores = Float64Array.from(found, (m) => m.score).sort();
  const floor = scores[scores.length - limit] ?? -Infinity;
  const kept = found.filter((m) => m.score >= floor);
  // The sort is stable: matches of equal score keep the order they were found in.
  return kept.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** The indexed words of a document among those a query found: what the screen marks. */
function termsIn(doc: SearchDoc, found: ReadonlySet<string>): string[] {
  const terms = new Set<string>();
  for (const term of indexTerms(doc.heading)) if (found.has(term)) terms.add(term);
  for (const term of indexTerms(doc.text)) if (found.has(term)) terms.add(term);
  return [...terms];
}

/**
 * One search: every word asked must be in the document (the last word typed may be the start
 * of a longer one), every phrase must stand in its heading or text, and the filters must
 * pass; confidential documents only when asked for. Results are grouped by meeting, and only
 * the results returned are worked on (the screen marks the words found in the lines it draws).
 */
export function runSearch(
  index: TermIndex,
  corpus: SearchCorpus,
  request: SearchRequest,
): SearchResults {
  const empty: SearchResults = { text: request.text, groups: [], total: 0, shown: 0 };
  const parsed = parseQuery(request.text);
  const words = indexedWords(parsed);
  if (words.length === 0) return empty;
  const lastTyped = parsed.lastIsPrefix ? parsed.terms[parsed.terms.length - 1] : undefined;
  const query = words.map((term) => ({
    term,
    // Two letters begin too many words to be worth it.
    prefix: term === lastTyped && term.length >= 3,
  }));
  const kinds = new Set<SearchKind>(request.kinds);
  // Read by slot from the index, not from the documents: see TermIndex.
  const rule = corpus.confidentiality();
  const ask = (doc: SearchDoc) => corpus.isConfidential(doc);
  const years = new Map<string, number>();
  const yearAt = (slot: number): number => {
    const key = index.groupAt(slot) ?? '';
    let year = years.get(key);
    if (year === undefined) {
      const meeting = corpus.meetings.get(key);
      const doc = meeting === undefined ? index.docAt(slot) : undefined;
      year =
        meeting !== undefined ? Number(meeting.date.slice(0, 4)) : doc ? yearOf(doc, corpus) : 0;
      // A group without a meeting is one body's earlier actions: each has its own year.
      if (meeting !== undefined) years.set(key, year);
    }
    return year;
  };
  const passes = (slot: number): boolean => {
    const kind = index.kindAt(slot);
    if (kinds.size > 0 && (kind === undefined || !kinds.has(kind))) return false;
    if (request.bodyId !== null && index.bodyAt(slot) !== request.bodyId) return false;
    if (request.year !== null && yearAt(slot) !== request.year) return false;
    if (!request.includeConfidential && index.secretAt(slot, rule, ask)) return false;
    if (parsed.phrases.length === 0) return true;
    const doc = index.docAt(slot);
    return (
      doc !== undefined &&
      parsed.phrases.every(
        (p) => phraseRanges(doc.heading, p).length > 0 || phraseRanges(doc.text, p).length > 0,
      )
    );
  };
  const found = index.match(query, passes);
  const derived = new Set(query.flatMap((word) => index.expand(word).map((e) => e.term)));

  const drafts = new Map<string, GroupDraft>();
  for (const { slot, score } of chosen(found, index, corpus, request)) {
    const doc = index.docAt(slot);
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
      terms: termsIn(doc, derived),
      confidential: corpus.isConfidential(doc),
      score,
      target: targetOf(doc, corpus),
    };
    draft.group.entries.push(entry);
  }
  const { groups, shown } = arrangeGroups([...drafts.values()], request.order, request.limit);
  return { text: request.text, groups, total: found.length, shown };
}
