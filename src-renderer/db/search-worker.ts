import { MinutebookDb } from './database';
import { SearchIndex } from './search-index';
import type { SearchAsk, SearchTell } from './search-protocol';

/**
 * The search worker: it opens the database itself (so no row is copied across from the page),
 * builds the index off the page's thread, keeps it up to date from the change events that
 * every window's writes send, and answers searches. Typing in the page never waits for it.
 */
const tell = (message: SearchTell) => {
  postMessage(message);
};

let index: SearchIndex | null = null;
let ready: Promise<void> = Promise.resolve();

addEventListener('message', (event: MessageEvent<SearchAsk>) => {
  const ask = event.data;
  if (ask.type === 'open') {
    if (index !== null) return;
    const db = new MinutebookDb(ask.dbName);
    index = new SearchIndex(db, (status) => tell({ type: 'status', status }));
    ready = index.start().catch((error: unknown) => console.error('Search index failed:', error));
    return;
  }
  const { seq, request } = ask;
  void ready.then(() => {
    if (index !== null) tell({ type: 'results', seq, results: index.search(request) });
  });
});
