import { useEffect, useMemo, useRef, useState } from 'react';
import { searchClientFor, type SearchStatus } from '../../db/search-client';
import type { SearchKind } from '../../domain/search-docs';
import { asksForSomething, parseQuery } from '../../domain/search-query';
import type { SearchOrder, SearchResults } from '../../domain/search-results';
import { useServices } from '../shell/app-context';

/** The filters beside the search box. */
export interface SearchFilters {
  bodyId: string | null;
  year: number | null;
  kind: SearchKind | null;
  includeConfidential: boolean;
  order: SearchOrder;
}

/** At most this many results are shown; the count says when there are more. */
export const resultLimit = 250;

const noFilters: SearchFilters = {
  bodyId: null,
  year: null,
  kind: null,
  includeConfidential: false,
  order: 'relevance',
};

/**
 * The state of the search: what is typed, the filters, the index's progress and the latest
 * results. Each change of the words or filters asks the worker again; an answer that arrives
 * after a newer question is dropped. The index is first built when search is first opened,
 * and a change to the data (here or in another window) asks the open search again.
 */
export function useSearch(active: boolean) {
  const { db } = useServices();
  const client = useMemo(() => searchClientFor(db), [db]);
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<SearchFilters>(noFilters);
  const [results, setResults] = useState<SearchResults | null>(null);
  // Confidential text is shown only while asked for: closed, search forgets it was asked (the
  // words and other filters stay) and the results it showed, so the next opening, perhaps on
  // a shared screen, shows none until asked again.
  const [wasActive, setWasActive] = useState(active);
  if (active !== wasActive) {
    setWasActive(active);
    if (!active && filters.includeConfidential) {
      setFilters({ ...filters, includeConfidential: false });
      setResults(null);
    }
  }

  const [status, setStatus] = useState<SearchStatus | null>(client.status());
  const asked = useRef(0);
  // A new state of a ready index is a reason to ask again; progress while building is not.
  const indexState = status?.state === 'ready' ? status : (status?.state ?? null);

  useEffect(() => client.onStatus(setStatus), [client]);
  useEffect(() => {
    if (active) client.open();
  }, [active, client]);

  useEffect(() => {
    if (!active) return;
    const mine = ++asked.current;
    if (!asksForSomething(parseQuery(text))) return;
    void client
      .search({
        text,
        bodyId: filters.bodyId,
        year: filters.year,
        kinds: filters.kind === null ? [] : [filters.kind],
        includeConfidential: filters.includeConfidential,
        order: filters.order,
        limit: resultLimit,
      })
      .then((answer) => {
        if (answer !== null && mine === asked.current) setResults(answer);
      });
    // `indexState` is a dependency on purpose: the index changed, so the answer may have.
  }, [active, client, text, filters, indexState]);

  // Nothing asked (an empty box, or only common words): no results, whatever came before.
  const shown = asksForSomething(parseQuery(text)) ? results : null;
  return { text, setText, filters, setFilters, results: shown, status };
}
