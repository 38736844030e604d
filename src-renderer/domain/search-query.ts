import { commonWords, mergeRanges, tokenise, type TextRange } from './search-text';

/**
 * What the user typed in the search box, read as search terms: words each of which a result
 * must contain (the last one may be the start of a word still being typed), and "exact
 * phrases" in quotes, whose words must stand together, in order, in one text.
 */
export interface SearchQuery {
  /** Folded words outside quotes, common words left out. */
  terms: string[];
  /** Whether the last term may be the start of a longer word (the user is still typing it). */
  lastIsPrefix: boolean;
  /** Each quoted phrase as its folded words, common words included. */
  phrases: string[][];
}

/** Straight and typographic double quotes open and close a phrase. */
const quotes = /["“”„]/;

/**
 * Reads a query. A quote left open (the user is typing the phrase) runs to the end; a phrase
 * of one word is that exact word.
 */
export function parseQuery(input: string): SearchQuery {
  const parts = input.split(quotes);
  const terms: string[] = [];
  const phrases: string[][] = [];
  let lastIsPrefix = false;
  parts.forEach((part, i) => {
    const words = tokenise(part).map((t) => t.term);
    if (i % 2 === 1) {
      if (words.length > 0) phrases.push(words);
      return;
    }
    for (const word of words) if (!commonWords.has(word)) terms.push(word);
    // The last free word is still being typed when nothing follows it in the box.
    if (i === parts.length - 1 && words.length > 0)
      lastIsPrefix =
        /[\p{L}\p{N}]$/u.test(input) && !commonWords.has(words[words.length - 1] ?? '');
  });
  return { terms, lastIsPrefix, phrases };
}

/** Whether a query asks for anything: some word that is not a common one, or a phrase. */
export function asksForSomething(query: SearchQuery): boolean {
  return query.terms.length > 0 || query.phrases.some((p) => p.some((w) => !commonWords.has(w)));
}

/** The words the index is asked for: the free terms and the uncommon words of the phrases. */
export function indexedWords(query: SearchQuery): string[] {
  const words = [...query.terms];
  for (const phrase of query.phrases)
    for (const word of phrase)
      if (!commonWords.has(word) && !words.includes(word)) words.push(word);
  return words;
}

/** Where a phrase stands in a text, each occurrence as one range of the original text. */
export function phraseRanges(text: string, phrase: readonly string[]): TextRange[] {
  if (phrase.length === 0) return [];
  const tokens = tokenise(text);
  const found: TextRange[] = [];
  for (let i = 0; i + phrase.length <= tokens.length; i += 1) {
    if (phrase.every((word, k) => tokens[i + k]?.term === word)) {
      const first = tokens[i];
      const last = tokens[i + phrase.length - 1];
      if (first !== undefined && last !== undefined)
        found.push({ start: first.start, end: last.end });
    }
  }
  return found;
}

/**
 * The stretches of a text to highlight: each word that is one of `matched` (the indexed words
 * a result was found by: the words typed, or the longer words the last one begins) and each
 * occurrence of a phrase.
 */
export function highlightRanges(
  text: string,
  matched: ReadonlySet<string>,
  phrases: readonly (readonly string[])[],
): TextRange[] {
  const ranges: TextRange[] = [];
  if (matched.size > 0)
    for (const token of tokenise(text))
      if (matched.has(token.term)) ranges.push({ start: token.start, end: token.end });
  for (const phrase of phrases) ranges.push(...phraseRanges(text, phrase));
  return mergeRanges(ranges);
}
