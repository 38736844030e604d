import { describe, expect, it } from 'vitest';
import {
  asksForSomething,
  highlightRanges,
  indexedWords,
  parseQuery,
  phraseRanges,
} from '../../../src-renderer/domain/search-query';
import { snippetOf } from '../../../src-renderer/domain/search-snippet';
import { fold, indexTerms, tokenise } from '../../../src-renderer/domain/search-text';

/** The highlighted stretches of a text, as the text they cover. */
const marked = (text: string, ranges: readonly { start: number; end: number }[]) =>
  ranges.map((r) => text.slice(r.start, r.end));

describe('folding and words', () => {
  it('sets accents and case aside, in any script', () => {
    expect(fold('Llŷr')).toBe('llyr');
    expect(fold('Siân Prydderch')).toBe('sian prydderch');
    expect(fold('CAFÉ Ærø Łódź Straße')).toBe('cafe aero lodz strasse');
    // Decomposed input (a combining circumflex typed after the y) folds the same.
    expect(fold('Lly\u0302r')).toBe('llyr');
    expect(fold('Ὀδυσσεύς')).toBe('οδυσσευς');
  });

  it('splits words at anything but letters and digits, keeping where each stands', () => {
    expect(tokenise('ACTION SECP30/01: Llŷr’s note')).toEqual([
      { term: 'action', start: 0, end: 6 },
      { term: 'secp30', start: 7, end: 13 },
      { term: '01', start: 14, end: 16 },
      { term: 'llyr', start: 18, end: 22 },
      { term: 's', start: 23, end: 24 },
      { term: 'note', start: 25, end: 29 },
    ]);
    // A combining mark belongs to its word, and its offsets are the text's as typed.
    expect(tokenise('Lly\u0302r Evans')).toEqual([
      { term: 'llyr', start: 0, end: 5 },
      { term: 'evans', start: 6, end: 11 },
    ]);
    // Emoji and other symbols are not words; letters beyond the BMP are.
    expect(tokenise('🙂 𝐀b')).toEqual([{ term: '𝐀b'.toLowerCase(), start: 3, end: 6 }]);
  });

  it('leaves common words out of the index', () => {
    expect(indexTerms('The Panel NOTED the contents of the paper')).toEqual([
      'panel',
      'noted',
      'contents',
      'paper',
    ]);
  });
});

describe('queries', () => {
  it('reads words and quoted phrases, the last word typed as a prefix', () => {
    expect(parseQuery('Risk "contents of the paper" regi')).toEqual({
      terms: ['risk', 'regi'],
      lastIsPrefix: true,
      phrases: [['contents', 'of', 'the', 'paper']],
    });
    expect(parseQuery('risk register ').lastIsPrefix).toBe(false);
    // A quote still open runs to the end; typographic quotes count.
    expect(parseQuery('“final notice').phrases).toEqual([['final', 'notice']]);
    expect(parseQuery('“final notice”').terms).toEqual([]);
  });

  it('asks the index for uncommon words only, and for nothing when there are none', () => {
    expect(indexedWords(parseQuery('the budget "of the paper"'))).toEqual(['budget', 'paper']);
    expect(asksForSomething(parseQuery('the of'))).toBe(false);
    expect(asksForSomething(parseQuery('"to be"'))).toBe(false);
    expect(asksForSomething(parseQuery('  '))).toBe(false);
    expect(asksForSomething(parseQuery('Llŷr'))).toBe(true);
  });
});

describe('highlights', () => {
  const text = 'The Panel NOTED the contents of the paper. Llŷr noted the PAPER’s contents.';

  it('marks each word found where it stands, accents and case as typed', () => {
    const ranges = highlightRanges(text, new Set(['paper', 'llyr']), []);
    expect(marked(text, ranges)).toEqual(['paper', 'Llŷr', 'PAPER']);
  });

  it('marks a phrase as one stretch, only where its words stand together in order', () => {
    expect(marked(text, phraseRanges(text, ['contents', 'of', 'the', 'paper']))).toEqual([
      'contents of the paper',
    ]);
    expect(phraseRanges(text, ['paper', 'contents'])).toEqual([]);
    const both = highlightRanges(text, new Set(['contents']), [['the', 'paper']]);
    expect(marked(text, both)).toEqual(['contents', 'the paper', 'the PAPER', 'contents']);
  });

  it('merges highlights that overlap', () => {
    const ranges = highlightRanges(text, new Set(['paper', 'noted']), [['the', 'paper']]);
    expect(marked(text, ranges)).toEqual(['NOTED', 'the paper', 'noted', 'the PAPER']);
  });

  it('cuts a long text around its first highlight, and moves the highlights with it', () => {
    const long = `${'Opening words go here. '.repeat(20)}The Llŷr depot was sold. ${'More. '.repeat(60)}`;
    const ranges = highlightRanges(long, new Set(['llyr']), []);
    const snippet = snippetOf(long, ranges, 120);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(122);
    expect(marked(snippet.text, snippet.ranges)).toEqual(['Llŷr']);
    // A short text is shown whole.
    expect(snippetOf('Short\ntext', [{ start: 6, end: 10 }])).toEqual({
      text: 'Short text',
      ranges: [{ start: 6, end: 10 }],
    });
  });
});
