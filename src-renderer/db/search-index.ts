import type { SearchRequest, SearchResults } from '../domain/search-results';
import type { MinutebookDb } from './database';
import { watchChanges, type RowChanges } from './search-changes';
import { SearchCorpus } from './search-corpus';
import { TermIndex } from './search-postings';
import { runSearch } from './search-run';
import { readAllRows, readChangedRows } from './search-rows';

/** How far the index is: building (with documents done of total), or ready. */
export interface SearchStatus {
  state: 'building' | 'ready' | 'failed';
  done: number;
  total: number;
  /** The bodies and the meeting years there are, for the filters. */
  bodies: { id: string; name: string }[];
  years: number[];
  message?: string;
}

/** Documents added between two pauses while building, so that queries and changes get in. */
const chunk = 2_000;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The search index of everything in the database: built in chunks when first asked for, then
 * kept up to date from the database's change events (this window's writes and every other
 * window's). Changes are applied in order, one batch at a time; changes that name no rows
 * (an archive import, a restore) rebuild it, the old index answering until the new is done.
 */
export class SearchIndex {
  private corpus = new SearchCorpus();
  private terms = new TermIndex();
  private ready = false;
  private queued: RowChanges[] = [];
  private work: Promise<void> = Promise.resolve();
  private building = false;
  private stop: (() => void) | null = null;
  private progress = { done: 0, total: 0 };
  private failure: string | null = null;

  constructor(
    private readonly db: MinutebookDb,
    private readonly onStatus: (status: SearchStatus) => void = () => undefined,
  ) {}

  /** Starts watching for changes and builds the index; resolves once it is ready. */
  start(): Promise<void> {
    this.stop ??= watchChanges(this.db.name, (changes) => this.enqueue(changes));
    this.enqueue({ everything: true, rows: new Map() });
    return this.settled();
  }

  /** Resolves once every change known so far is in the index. */
  async settled(): Promise<void> {
    for (;;) {
      const work = this.work;
      await work;
      if (work === this.work && this.queued.length === 0) return;
    }
  }

  close(): void {
    this.stop?.();
    this.stop = null;
  }

  status(): SearchStatus {
    const years = new Set<number>();
    for (const m of this.corpus.meetings.values()) years.add(Number(m.date.slice(0, 4)));
    return {
      state: this.failure !== null ? 'failed' : this.ready && !this.building ? 'ready' : 'building',
      done: this.progress.done,
      total: this.progress.total,
      bodies: [...this.corpus.bodies.values()]
        .map((b) => ({ id: b.id, name: b.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      years: [...years].filter((y) => y > 0).sort((a, b) => b - a),
      ...(this.failure !== null ? { message: this.failure } : {}),
    };
  }

  /** Answers a request from the index as it stands (empty while it is first being built). */
  search(request: SearchRequest): SearchResults {
    if (!this.ready) return { text: request.text, groups: [], total: 0, shown: 0 };
    return runSearch(this.terms, this.corpus, request);
  }

  private enqueue(changes: RowChanges): void {
    this.queued.push(changes);
    this.work = this.work.then(() => this.drain());
  }

  private async drain(): Promise<void> {
    if (this.queued.length === 0) return;
    const batch = this.queued;
    this.queued = [];
    const merged: RowChanges = { everything: false, rows: new Map() };
    for (const c of batch) {
      merged.everything ||= c.everything;
      for (const [table, ids] of c.rows) {
        const into = merged.rows.get(table) ?? new Set<string>();
        for (const id of ids) into.add(id);
        merged.rows.set(table, into);
      }
    }
    try {
      if (merged.everything) await this.rebuild();
      else await this.apply(merged);
      this.failure = null;
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
    this.onStatus(this.status());
  }

  private async apply(changes: RowChanges): Promise<void> {
    const { removed, added } = this.corpus.take(await readChangedRows(this.db, changes));
    for (const id of removed) this.terms.discard(id);
    this.terms.addAll(added);
  }

  private async rebuild(): Promise<void> {
    this.building = true;
    try {
      const corpus = new SearchCorpus();
      const { added } = corpus.take(await readAllRows(this.db));
      const terms = new TermIndex();
      this.progress = { done: 0, total: added.length };
      this.onStatus(this.status());
      for (let i = 0; i < added.length; i += chunk) {
        const docs = added.slice(i, i + chunk);
        terms.addAll(docs);
        this.progress = { done: Math.min(added.length, i + chunk), total: added.length };
        this.onStatus(this.status());
        await pause();
      }
      // Whether each is confidential, asked now rather than by the first searches (that took
      // tens of milliseconds on the first query of common words).
      terms.knowSecrets(corpus.confidentiality(), (doc) => corpus.isConfidential(doc));
      this.corpus = corpus;
      this.terms = terms;
      this.ready = true;
    } finally {
      this.building = false;
    }
  }
}
