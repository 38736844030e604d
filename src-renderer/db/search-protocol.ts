import type { SearchRequest, SearchResults } from '../domain/search-results';
import type { SearchStatus } from './search-index';

/** What the page asks the search worker: to open a database and index it, or to search. */
export type SearchAsk =
  { type: 'open'; dbName: string } | { type: 'search'; seq: number; request: SearchRequest };

/** What the search worker tells the page: how far the index is, or a search's answer. */
export type SearchTell =
  | { type: 'status'; status: SearchStatus }
  | { type: 'results'; seq: number; results: SearchResults };
