import type { SearchRequest, SearchResults } from '../domain/search-results';
import type { MinutebookDb } from './database';
import type { SearchStatus } from './search-index';
import type { SearchAsk, SearchTell } from './search-protocol';

export type { SearchStatus } from './search-index';

/**
 * The page's side of search: it starts the search worker the first time search is opened
 * (never at start-up, so the first screen does not wait for it), sends it searches and passes
 * on how far the index is.
 */
export class SearchClient {
  private worker: Worker | null = null;
  private seq = 0;
  private readonly waiting = new Map<number, (results: SearchResults) => void>();
  private readonly listeners = new Set<(status: SearchStatus) => void>();
  private latest: SearchStatus | null = null;
  private busy = false;
  private next: {
    request: SearchRequest;
    resolve: (results: SearchResults | null) => void;
  } | null = null;

  constructor(private readonly dbName: string) {}

  /** Starts the worker (once): it builds the index in the background. */
  open(): void {
    if (this.worker !== null) return;
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
      type: 'module',
      name: 'search',
    });
    worker.addEventListener('message', (event: MessageEvent<SearchTell>) => {
      const tell = event.data;
      if (tell.type === 'status') {
        this.latest = tell.status;
        for (const listener of this.listeners) listener(tell.status);
        return;
      }
      const resolve = this.waiting.get(tell.seq);
      this.waiting.delete(tell.seq);
      resolve?.(tell.results);
    });
    this.worker = worker;
    this.post({ type: 'open', dbName: this.dbName });
  }

  /** The index's last known state, or null before the worker has said. */
  status(): SearchStatus | null {
    return this.latest;
  }

  /** Calls `listener` with each change of the index's state; returns the unsubscribe. */
  onStatus(listener: (status: SearchStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Asks for a search. One search is with the worker at a time: a search asked meanwhile
   * waits, and replaces any other still waiting, which resolves to null (it was overtaken as
   * the user typed on). So the answer to the last key typed waits for one search at most.
   */
  search(request: SearchRequest): Promise<SearchResults | null> {
    this.open();
    return new Promise((resolve) => {
      if (this.busy) {
        this.next?.resolve(null);
        this.next = { request, resolve };
      } else this.send(request, resolve);
    });
  }

  private send(request: SearchRequest, resolve: (results: SearchResults | null) => void): void {
    this.busy = true;
    const seq = ++this.seq;
    this.waiting.set(seq, (results) => {
      this.busy = false;
      resolve(results);
      const next = this.next;
      this.next = null;
      if (next !== null) this.send(next.request, next.resolve);
    });
    this.post({ type: 'search', seq, request });
  }

  private post(message: SearchAsk): void {
    this.worker?.postMessage(message);
  }
}

const clients = new Map<string, SearchClient>();

/** The one search client of a database in this window. */
export function searchClientFor(db: MinutebookDb): SearchClient {
  let client = clients.get(db.name);
  if (client === undefined) {
    client = new SearchClient(db.name);
    clients.set(db.name, client);
  }
  return client;
}
