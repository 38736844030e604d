/**
 * The words of the search: text is compared with accents and case set aside, so that "llyr"
 * finds "Llŷr" and "cafe" finds "Café", and every word found can be traced back to where it
 * stands in the text as typed (to highlight it there).
 */

/** A word of a text: its folded form, and where it stands in the text as typed. */
export interface Token {
  term: string;
  /** Offset of its first character in the original text (UTF-16 units). */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

/** A stretch of the original text to highlight: [start, end). */
export interface TextRange {
  start: number;
  end: number;
}

/** Letters that no Unicode decomposition takes apart, read as their plain Latin spelling. */
const plainLetters: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
};

const marks = /\p{M}/gu;
const wordLike = /^[\p{L}\p{N}]+$/u;
const markLike = /^\p{M}+$/u;

/** One character (a code point) folded: lower case, accents and other marks dropped. */
function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  const plain = plainLetters[lower];
  if (plain !== undefined) return plain;
  return lower.normalize('NFD').replace(marks, '');
}

/**
 * How a character reads in a word, worked out once per character: its folded letters and
 * digits, "" for a mark that joins the word it follows, or null for a separator.
 */
const seen = new Map<string, string | null>();
function readChar(ch: string): string | null {
  let read = seen.get(ch);
  if (read === undefined) {
    const folded = foldChar(ch);
    read = folded !== '' && wordLike.test(folded) ? folded : markLike.test(ch) ? '' : null;
    seen.set(ch, read);
  }
  return read;
}

/** A text or a word with accents and case set aside: "Llŷr" is "llyr", "Café" is "cafe". */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/**
 * The words of a text, in order: runs of letters and digits (any script), folded. Everything
 * else separates words, so "SECP30/01" is "secp30" then "01", and "Panel’s" is "panel", "s".
 * (Plain ASCII, most of any text, is read without looking anything up.)
 */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let term = '';
  let start = -1;
  const length = text.length;
  for (let i = 0; i < length;) {
    const code = text.charCodeAt(i);
    let size = 1;
    let read: string | null;
    if (code < 128) {
      if (code >= 97 && code <= 122) read = text[i] as string;
      else if (code >= 65 && code <= 90) read = String.fromCharCode(code + 32);
      else if (code >= 48 && code <= 57) read = text[i] as string;
      else read = null;
    } else {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) size = 2;
      read = readChar(text.slice(i, i + size));
      // A combining mark typed on its own (decomposed text) belongs to the word it follows.
      if (read === '' && start < 0) read = null;
    }
    if (read !== null) {
      if (start < 0) start = i;
      term += read;
    } else if (start >= 0) {
      tokens.push({ term, start, end: i });
      term = '';
      start = -1;
    }
    i += size;
  }
  if (start >= 0) tokens.push({ term, start, end: length });
  return tokens;
}

/**
 * Words too common to find anything by: they are left out of the index (which keeps it
 * small and quick) but still count inside a quoted phrase, which is checked against the text.
 */
export const commonWords: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'had',
  'has',
  'have',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'that',
  'the',
  'this',
  'to',
  'was',
  'were',
  'which',
  'with',
]);

/** The words of a text that the index keeps: folded, common words left out. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenise(text)) if (!commonWords.has(token.term)) terms.push(token.term);
  return terms;
}

/** Ranges sorted and merged where they touch or overlap. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
