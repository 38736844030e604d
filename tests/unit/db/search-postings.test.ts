import { describe, expect, it } from 'vitest';
import { TermIndex, type QueryWord } from '../../../src-renderer/db/search-postings';
import type { SearchDoc } from '../../../src-renderer/domain/search-docs';

const doc = (id: string, heading: string, text: string): SearchDoc => ({
  id,
  kind: 'paragraph',
  bodyId: 'b1',
  meetingId: 'm1',
  itemId: null,
  blockId: null,
  rowId: id,
  heading,
  text,
  secrecy: { of: 'none' },
});

const words = (...terms: string[]): QueryWord[] => terms.map((term) => ({ term, prefix: false }));

/** The ids matched, best first. */
function ids(index: TermIndex, query: QueryWord[], accept: (slot: number) => boolean = () => true) {
  return index
    .match(query, accept)
    .sort((a, b) => b.score - a.score)
    .map((m) => index.docAt(m.slot)?.id);
}

describe('the term index', () => {
  it('finds the documents holding every word, a heading ranked above a text', () => {
    const index = new TermIndex();
    index.addAll([
      doc('a', '', 'the budget and the risk register were noted'),
      doc('b', 'Annual budget', 'a register of interests'),
      doc('c', '', 'budget only'),
    ]);
    expect(ids(index, words('budget', 'register'))).toEqual(['b', 'a']);
    expect(ids(index, words('budget'))).toHaveLength(3);
    expect(ids(index, words('budget', 'nowhere'))).toEqual([]);
    expect(ids(index, words('budget'), (slot) => index.docAt(slot)?.id !== 'a')).toHaveLength(2);
  });

  it('lets the last word typed find the longer words it begins, weighted below itself', () => {
    const index = new TermIndex();
    index.addAll([doc('a', '', 'publication'), doc('b', '', 'pub'), doc('c', '', 'public')]);
    const found = ids(index, [{ term: 'pub', prefix: true }]);
    expect(found[0]).toBe('b');
    expect(found).toHaveLength(3);
    expect(index.expand({ term: 'pub', prefix: true }).map((e) => e.term)).toHaveLength(3);
    expect(ids(index, words('pub'))).toEqual(['b']);
  });

  it('forgets discarded documents, also after many are swept out, and finds them re-added', () => {
    const index = new TermIndex();
    const many = Array.from({ length: 10_000 }, (_, i) => doc(`d${String(i)}`, '', 'common words'));
    index.addAll(many);
    index.add(doc('keep', '', 'common rare'));
    for (const d of many) index.discard(d.id);
    expect(index.size).toBe(1);
    expect(ids(index, words('common'))).toEqual(['keep']);
    expect(index.expand({ term: 'wor', prefix: true })).toEqual([]);
    index.add(doc('d1', '', 'common words again'));
    expect(ids(index, words('words'))).toEqual(['d1']);
    index.add(doc('keep', '', 'replaced text'));
    expect(ids(index, words('rare'))).toEqual([]);
    expect(ids(index, words('replaced'))).toEqual(['keep']);
  });

  it('asks whether a document is confidential once per rule', () => {
    const index = new TermIndex();
    index.add(doc('a', '', 'text'));
    let asked = 0;
    const ask = () => (asked += 1) > 0;
    const rule = {};
    expect(index.secretAt(0, rule, ask)).toBe(true);
    expect(index.secretAt(0, rule, ask)).toBe(true);
    expect(asked).toBe(1);
    index.secretAt(0, {}, ask);
    expect(asked).toBe(2);
  });
});
