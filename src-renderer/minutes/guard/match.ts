import { guardWords } from './normalise';
import type { OutputUnit } from './output';
import type { GuardSources, GuardText, Place } from './sources';

/**
 * The leak guard's comparison. Every confidential text is cut into phrases — each run of
 * {@link phraseWords} words, or the whole text when it is shorter — and each phrase is looked
 * for in the written document's words, read as one stream that runs on across paragraphs,
 * list items and table cells. A text of one or two words (a short title, say) is looked for
 * as a whole paragraph, cell or line instead, since a word or two match everywhere.
 *
 * A phrase found in the document is then explained, or it is not:
 * - a public text of the meeting says it too: a **finding** naming those public places (the
 *   secretary may accept it after reading it);
 * - only the writers' own wording around public texts says it (a heading's number before a
 *   title, "OWNER to" before an action, a date line, a list of references): not a finding;
 * - public texts and that wording say it only together, run across a paragraph or cell
 *   boundary: a finding naming the public texts involved, or nothing if wording alone does;
 * - nothing public says it: a **leak**, which cannot be accepted.
 *
 * A text marked `exact` (a paper reference) is looked for whole wherever its words stand, when
 * it holds a letter and a digit ("SECP_30_1003_02", "P12"): an identifier says what it names
 * in any company. Without both it is looked for by the usual rules, so that a bare number
 * never matches every item number and time.
 */

/** Phrases are runs of this many words; texts of three to six words count whole. */
export const phraseWords = 6;
const shortest = 3;

export interface Hit {
  /** The repeated words, as compared: lower case, one space apart. */
  phrase: string;
  /** Where the phrase starts among the source's words. */
  at: number;
  source: GuardText;
  /** Public texts that say it; empty for a leak. */
  places: GuardText[];
  /** Where it was read in the file: "word/document.xml", "page 2". */
  part: string;
}

interface Line {
  /** Words of one line of a text, " a b c " with spaces around, for whole-word look-up. */
  padded: string;
  /** The public text it belongs to, or null for the writers' wording. */
  from: GuardText | null;
}

const pad = (words: readonly string[]) => ` ${words.join(' ')} `;
const isNumber = (word: string) => /^\p{N}+$/u.test(word);

/** The document's words in stretches, with the part each word was read in. */
function stretches(units: readonly OutputUnit[]) {
  const out: { words: string[]; parts: string[] }[] = [];
  for (const unit of units) {
    const words = guardWords(unit.text);
    if (words.length === 0) continue;
    let last = out.at(-1);
    if (last === undefined || unit.breakBefore) {
      last = { words: [], parts: [] };
      out.push(last);
    }
    last.words.push(...words);
    last.parts.push(...words.map(() => unit.part));
  }
  return out;
}

/** Where each run of 3 to 6 words first occurs, and each unit's words without numbers. */
function indexDocument(units: readonly OutputUnit[]) {
  const runs = new Map<string, string>();
  const all = stretches(units);
  for (const { words, parts } of all) {
    for (let i = 0; i < words.length; i += 1) {
      let key = '';
      for (let n = 1; n <= phraseWords && i + n <= words.length; n += 1) {
        key = n === 1 ? (words[i] ?? '') : `${key} ${words[i + n - 1] ?? ''}`;
        if (n >= shortest && !runs.has(key)) runs.set(key, parts[i] ?? '');
      }
    }
  }
  const whole = new Map<string, string>();
  for (const unit of units) {
    const key = guardWords(unit.text)
      .filter((w) => !isNumber(w))
      .join(' ');
    if (key !== '' && !whole.has(key)) whole.set(key, unit.part);
  }
  const streams = all.map(({ words, parts }) => ({ padded: pad(words), parts }));
  /** Where a phrase of any length first occurs as whole words, or undefined. */
  const anywhere = (phrase: string): string | undefined => {
    for (const { padded, parts } of streams) {
      const at = padded.indexOf(` ${phrase} `);
      if (at >= 0) return parts[padded.slice(1, at + 1).split(' ').length - 1];
    }
    return undefined;
  };
  return { runs, whole, anywhere };
}

/** An identifier: some letter and some digit among its words. */
const identifies = (words: readonly string[]) =>
  words.some((w) => /\p{L}/u.test(w)) && words.some((w) => /\p{N}/u.test(w));

/**
 * Words that say nothing on their own: words of one or two letters, numbers of one or two
 * digits, years, and the commonest English function words. A window mostly of these ("to the
 * April 2016 Panel meeting") is formula, not a secret; a passage copied whole still shows in
 * its other windows. Larger numbers do count: an amount ("£412,650") is what a secret says.
 */
const functionWords = new Set(
  'the and for with that this which from into onto are was were been being has have had its their his her our your they them there these those will would shall should can could may might not but nor also than then when where who whom whose what all any each per via'.split(
    ' ',
  ),
);
const isYear = (word: string) => /^(19|20)\d\d$/u.test(word);
const says = (word: string) => word.length > 2 && !isYear(word) && !functionWords.has(word);
/** Content words a window needs to be looked for: most of a window, three of a short text. */
const windowContent = 4;
const shortContent = 3;

/** The phrases of one confidential text, and whether they are looked for whole. */
function phrasesOf(words: readonly string[]): {
  phrases: { phrase: string; at: number }[];
  whole: boolean;
} {
  const content = (run: readonly string[]) => run.filter(says).length;
  if (words.length === 0) return { phrases: [], whole: false };
  const all = { phrase: words.join(' '), at: 0 };
  if (words.length < shortest) return { phrases: [all], whole: true };
  if (words.length <= phraseWords) {
    return { phrases: content(words) >= shortContent ? [all] : [], whole: false };
  }
  const phrases: { phrase: string; at: number }[] = [];
  for (let i = 0; i + phraseWords <= words.length; i += 1) {
    const run = words.slice(i, i + phraseWords);
    if (content(run) >= windowContent) phrases.push({ phrase: run.join(' '), at: i });
  }
  return { phrases, whole: false };
}

function linesOf(texts: readonly GuardText[], generated: readonly string[]): Line[] {
  const lines: Line[] = [];
  for (const from of texts)
    for (const line of from.text.split(/\r\n|\r|\n/u))
      lines.push({ padded: pad(guardWords(line)), from });
  for (const text of generated)
    for (const line of text.split(/\r\n|\r|\n/u))
      lines.push({ padded: pad(guardWords(line)), from: null });
  return lines.filter((l) => l.padded !== '  ');
}

/**
 * The public texts that explain a phrase cut over boundaries (first piece the end of a line,
 * middle pieces whole lines, last piece the start of one), or null when none does.
 */
function explainAcross(words: readonly string[], lines: readonly Line[]): GuardText[] | null {
  const n = words.length;
  const reach: (GuardText[] | null)[] = Array.from({ length: n + 1 }, () => null);
  reach[0] = [];
  for (let i = 0; i < n; i += 1) {
    const before = reach[i];
    if (before === null || before === undefined) continue;
    for (let j = i + 1; j <= n; j += 1) {
      if (i === 0 && j === n) continue;
      const piece = pad(words.slice(i, j));
      const fits = (l: Line) =>
        i === 0
          ? l.padded.endsWith(piece)
          : j === n
            ? l.padded.startsWith(piece)
            : l.padded === piece;
      const matching = lines.filter(fits);
      if (matching.length === 0) continue;
      const wording = matching.some((l) => l.from === null);
      const used = wording ? before : [...before, ...matching.flatMap((l) => l.from ?? [])];
      const known = reach[j];
      if (known === null || known === undefined || used.length < known.length) reach[j] = used;
    }
  }
  return reach[n] ?? null;
}

/** Every confidential phrase found in the written document, explained or not. */
export function findHits(sources: GuardSources, units: readonly OutputUnit[]): Hit[] {
  const { runs, whole, anywhere } = indexDocument(units);
  const publicLines = linesOf(sources.public, []);
  const wordingLines = linesOf([], sources.generated);
  const hits: Hit[] = [];
  for (const source of sources.confidential) {
    const words = guardWords(source.text);
    const exact = source.exact === true && identifies(words);
    const { phrases, whole: short } = exact
      ? { phrases: [{ phrase: words.join(' '), at: 0 }], whole: false }
      : phrasesOf(words);
    for (const { phrase, at } of phrases) {
      const part = exact ? anywhere(phrase) : short ? whole.get(phrase) : runs.get(phrase);
      if (part === undefined) continue;
      const padded = ` ${phrase} `;
      const saying = publicLines.filter((l) => l.padded.includes(padded));
      if (saying.length > 0) {
        const places = unique(saying.flatMap((l) => l.from ?? []));
        hits.push({ phrase, at, source, places, part });
        continue;
      }
      if (wordingLines.some((l) => l.padded.includes(padded))) continue;
      const words = phrase.split(' ');
      if (explainAcross(words, wordingLines) !== null) continue;
      const across = explainAcross(words, [...publicLines, ...wordingLines]);
      hits.push({ phrase, at, source, places: unique(across ?? []), part });
    }
  }
  return hits;
}

function unique(texts: readonly GuardText[]): GuardText[] {
  const seen = new Map<string, GuardText>();
  for (const t of texts) if (!seen.has(t.place.key)) seen.set(t.place.key, t);
  return [...seen.values()];
}

export type { Place };
