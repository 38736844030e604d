import SearchableMap from 'minisearch/SearchableMap';
import type { SearchDoc, SearchKind } from '../domain/search-docs';
import { indexTerms } from '../domain/search-text';

/**
 * The documents a term stands in. `freqs` packs how often it stands in the heading (high 16
 * bits) and in the text (low 16 bits), one number per slot. A discarded document's entries
 * stay until the next compaction and are skipped as read.
 */
interface Posting {
  slots: number[];
  freqs: number[];
  /** Live documents with the term in their heading, and in their text (BM25's counts). */
  inHeading: number;
  inText: number;
}

/** A word of a query: the whole term, or (the last word typed) any term it begins. */
export interface QueryWord {
  term: string;
  prefix: boolean;
}

/** A document that matched, by its slot, with its score (higher is better). */
export interface TermMatch {
  slot: number;
  score: number;
}

/** The group a document is shown in: its meeting, or its body's actions from before any. */
export const groupKey = (doc: SearchDoc) => doc.meetingId ?? `earlier:${doc.bodyId}`;

/** BM25's parameters and the weight of a longer word found by its start: as MiniSearch's. */
const bm25 = { k: 1.2, b: 0.7, d: 0.5 };
const prefixWeight = 0.375;
/** A word in a heading (an item's title, an action's reference) counts for three in a text. */
const headingBoost = 3;
/** Discarded documents kept in the postings before they are swept out. */
const sweepAfter = 4_096;
const maxFreq = 0xffff;

/** How often each term stands in a text. */
function counts(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const term of indexTerms(text)) found.set(term, (found.get(term) ?? 0) + 1);
  return found;
}

function score(freq: number, holding: number, docs: number, length: number, average: number) {
  const idf = Math.log(1 + (docs - holding + 0.5) / (holding + 0.5));
  const { k, b, d } = bm25;
  return idf * (d + (freq * (k + 1)) / (freq + k * (1 - b + (b * length) / (average || 1))));
}

/**
 * The words of every document, for searches that want every word of a query (AND), ranked
 * by BM25 over the heading and the text. It replaces MiniSearch's query side because a
 * fifteen-year archive has words in a quarter of its 75,000 documents: MiniSearch builds an
 * object per document per word before it intersects, and a query of common words took
 * 100–200 ms (and collected as much garbage) in the worker. Here each word is a flat list of
 * document slots, the rarest word is taken first and the others only mark the documents
 * still in the running, in two reused typed arrays: no allocation per posting. What the
 * filters and the grouping read of a document (its kind, body, meeting, confidentiality) is
 * kept by slot too: reading 17,000 documents scattered over the heap cost more than the
 * matching (a cache miss each).
 */
export class TermIndex {
  private readonly terms = new SearchableMap<Posting>();
  private readonly docs: (SearchDoc | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly headingLength: number[] = [];
  private readonly textLength: number[] = [];
  private readonly kinds: SearchKind[] = [];
  private readonly bodies: string[] = [];
  private readonly groups: string[] = [];
  /** By slot: 0 not yet asked, 1 public, 2 confidential, by the rule `secretRule`. */
  private secrets: number[] = [];
  private secretRule: object | null = null;
  private live = 0;
  private dead = 0;
  private totalHeading = 0;
  private totalText = 0;
  /** Per slot: how many words of the query it has matched so far, and its score. */
  private hits = new Uint16Array(0);
  private scores = new Float64Array(0);

  get size(): number {
    return this.live;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  addAll(docs: readonly SearchDoc[]): void {
    for (const doc of docs) this.add(doc);
  }

  add(doc: SearchDoc): void {
    this.discard(doc.id);
    const slot = this.docs.length;
    this.docs.push(doc);
    this.slotOf.set(doc.id, slot);
    const heading = counts(doc.heading);
    const text = counts(doc.text);
    this.headingLength.push(heading.size);
    this.textLength.push(text.size);
    this.kinds.push(doc.kind);
    this.bodies.push(doc.bodyId);
    this.groups.push(groupKey(doc));
    this.secrets.push(0);
    this.totalHeading += heading.size;
    this.totalText += text.size;
    this.live += 1;
    for (const [term, h] of heading) this.post(term, slot, h, text.get(term) ?? 0);
    for (const [term, t] of text) if (!heading.has(term)) this.post(term, slot, 0, t);
  }

  /** Takes a document out (its postings are swept out later); nothing when it is not in. */
  discard(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const doc = this.docs[slot];
    this.slotOf.delete(id);
    this.docs[slot] = undefined;
    if (doc === undefined) return;
    const heading = counts(doc.heading);
    const text = counts(doc.text);
    for (const term of new Set([...heading.keys(), ...text.keys()])) {
      const posting = this.terms.get(term);
      if (posting === undefined) continue;
      if (heading.has(term)) posting.inHeading -= 1;
      if (text.has(term)) posting.inText -= 1;
    }
    this.totalHeading -= this.headingLength[slot] ?? 0;
    this.totalText -= this.textLength[slot] ?? 0;
    this.live -= 1;
    this.dead += 1;
    if (this.dead > sweepAfter && this.dead > this.live / 4) this.sweep();
  }

  /** The document in a slot (undefined once discarded). */
  docAt(slot: number): SearchDoc | undefined {
    return this.docs[slot];
  }

  kindAt(slot: number): SearchKind | undefined {
    return this.kinds[slot];
  }

  bodyAt(slot: number): string | undefined {
    return this.bodies[slot];
  }

  groupAt(slot: number): string | undefined {
    return this.groups[slot];
  }

  /**
   * Whether the document in a slot is confidential by `rule`, as `ask` says: asked once per
   * document until the rule changes (a new rule object).
   */
  secretAt(slot: number, rule: object, ask: (doc: SearchDoc) => boolean): boolean {
    if (rule !== this.secretRule) {
      this.secretRule = rule;
      this.secrets = new Array<number>(this.docs.length).fill(0);
    }
    const known = this.secrets[slot] ?? 0;
    if (known !== 0) return known === 2;
    const doc = this.docs[slot];
    const secret = doc !== undefined && ask(doc);
    this.secrets[slot] = secret ? 2 : 1;
    return secret;
  }

  /** Asks `secretAt` of every document now, so that no search pays for it. */
  knowSecrets(rule: object, ask: (doc: SearchDoc) => boolean): void {
    for (let slot = 0; slot < this.docs.length; slot += 1) this.secretAt(slot, rule, ask);
  }

  /**
   * The documents holding every word that `accept` lets through (by slot), each with its
   * score, in the order of the rarest word's postings (the order they were added).
   */
  match(words: readonly QueryWord[], accept: (slot: number) => boolean): TermMatch[] {
    const expanded = words
      .map((word) => this.expand(word))
      .map((postings) => ({
        postings,
        size: postings.reduce((n, p) => n + p.posting.slots.length, 0),
      }))
      .sort((a, b) => a.size - b.size);
    if (expanded.length === 0 || expanded[0]?.size === 0) return [];
    this.reserve();
    const { docs, hits, scores } = this;
    const n = this.live;
    const avgHeading = this.totalHeading / Math.max(1, n);
    const avgText = this.totalText / Math.max(1, n);
    const candidates: number[] = [];
    expanded.forEach(({ postings }, k) => {
      for (const { posting, weight } of postings) {
        const { slots, freqs, inHeading, inText } = posting;
        for (let i = 0; i < slots.length; i += 1) {
          const slot = slots[i] as number;
          const seen = hits[slot] as number;
          // Only a document that has every word before this one is still in the running.
          if (seen !== k && seen !== k + 1) continue;
          if (docs[slot] === undefined) continue;
          if (seen === k) {
            hits[slot] = k + 1;
            if (k === 0) candidates.push(slot);
          }
          const f = freqs[i] as number;
          const h = f >>> 16;
          const t = f & maxFreq;
          let s = 0;
          if (h > 0)
            s += headingBoost * score(h, inHeading, n, this.headingLength[slot] ?? 0, avgHeading);
          if (t > 0) s += score(t, inText, n, this.textLength[slot] ?? 0, avgText);
          scores[slot] = (scores[slot] as number) + weight * s;
        }
      }
    });
    const matched: TermMatch[] = [];
    for (const slot of candidates) {
      if (hits[slot] === expanded.length && docs[slot] !== undefined && accept(slot))
        matched.push({ slot, score: scores[slot] as number });
      hits[slot] = 0;
      scores[slot] = 0;
    }
    return matched;
  }

  /** The terms a word finds, each with its weight: itself, and the longer ones it begins. */
  expand(word: QueryWord): { term: string; posting: Posting; weight: number }[] {
    const live = (p: Posting) => p.inHeading + p.inText > 0;
    if (!word.prefix) {
      const posting = this.terms.get(word.term);
      return posting !== undefined && live(posting)
        ? [{ term: word.term, posting, weight: 1 }]
        : [];
    }
    const found: { term: string; posting: Posting; weight: number }[] = [];
    for (const [term, posting] of this.terms.atPrefix(word.term)) {
      if (!live(posting)) continue;
      const distance = term.length - word.term.length;
      const weight =
        distance === 0 ? 1 : (prefixWeight * term.length) / (term.length + 0.3 * distance);
      found.push({ term, posting, weight });
    }
    return found;
  }

  private post(term: string, slot: number, inHeading: number, inText: number): void {
    const posting = this.terms.fetch(term, () => ({
      slots: [],
      freqs: [],
      inHeading: 0,
      inText: 0,
    }));
    posting.slots.push(slot);
    posting.freqs.push((Math.min(inHeading, maxFreq) << 16) | Math.min(inText, maxFreq));
    if (inHeading > 0) posting.inHeading += 1;
    if (inText > 0) posting.inText += 1;
  }

  /** The typed arrays as long as the slots (zeroed: `match` leaves them so). */
  private reserve(): void {
    if (this.hits.length >= this.docs.length) return;
    const length = Math.max(1024, this.docs.length * 2);
    this.hits = new Uint16Array(length);
    this.scores = new Float64Array(length);
  }

  /** Sweeps discarded documents out of every posting, and terms left in none. */
  private sweep(): void {
    const empty: string[] = [];
    for (const [term, posting] of this.terms) {
      const slots: number[] = [];
      const freqs: number[] = [];
      posting.slots.forEach((slot, i) => {
        if (this.docs[slot] === undefined) return;
        slots.push(slot);
        freqs.push(posting.freqs[i] as number);
      });
      if (slots.length === 0) empty.push(term);
      posting.slots = slots;
      posting.freqs = freqs;
    }
    for (const term of empty) this.terms.delete(term);
    this.dead = 0;
  }
}
