/**
 * How the leak guard reads text: both the confidential texts and the written documents pass
 * through {@link guardWords}, so that no change of form hides a match. Compatibility forms
 * are folded (NFKC: full-width letters, ligatures, non-breaking spaces), case is folded fully
 * (upper-casing first turns "ß" into "SS" and every sigma into "Σ"), characters that print as
 * nothing are removed (soft hyphens, zero-width and direction marks), and everything that is
 * not a letter, a digit or a combining mark separates words, so punctuation and any run of
 * whitespace count as one gap.
 */

/** Characters that print as nothing, removed before words are cut. */
const invisible = new RegExp(
  [
    '\\u00ad', // soft hyphen
    '\\u034f', // combining grapheme joiner
    '\\u061c', // Arabic letter mark
    '\\u115f\\u1160\\u3164\\uffa0', // Hangul fillers
    '\\u17b4\\u17b5', // Khmer inherent vowels
    '\\u180b-\\u180f', // Mongolian selectors and vowel separator
    '\\u200b-\\u200f', // zero-width space, joiners, direction marks
    '\\u202a-\\u202e', // direction embeddings and overrides
    '\\u2060-\\u206f', // word joiner, invisible operators, direction isolates
    '\\ufe00-\\ufe0f', // variation selectors
    '\\ufeff', // zero-width no-break space
  ]
    .map((range) => `[${range}]`)
    .join('|'),
  'gu',
);

/** The words of a text as the guard compares them. */
export function guardWords(text: string): string[] {
  const folded = text
    .normalize('NFKC')
    .replace(invisible, '')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC');
  return folded.split(/[^\p{L}\p{N}\p{M}]+/u).filter((w) => w !== '');
}

/** The words of a text joined by single spaces: the form a phrase is stored and compared in. */
export function guardPhrase(text: string): string {
  return guardWords(text).join(' ');
}
