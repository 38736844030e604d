/**
 * Where each agenda line goes: which item a numbered line sits under, and what a line with
 * no number is (a heading, the rest of a title, an item of its own, or a note).
 */
import type { Marker } from './agenda-import-marker';
import { splitCells } from './agenda-import-text';

/** An open level: the last item of a style, which the next item of that style follows. */
export interface OpenLevel<N> {
  style: string;
  indent: number;
  path: number[] | null;
  value: number | null;
  node: N;
}

/** The style and value a marker takes here: "i)" after "h)" is a letter, else a numeral. */
function reading<N>(stack: readonly OpenLevel<N>[], marker: Marker) {
  const main = { style: marker.style, value: marker.value };
  if (marker.alternative === null) return main;
  const other = { style: marker.alternative, value: marker.alternativeValue };
  const letters = stack.findLast((s) => s.style === marker.style);
  const numerals = stack.findLast((s) => s.style === marker.alternative);
  if (letters?.value != null && letters.value + 1 === marker.value) return main;
  if (numerals?.value != null && numerals.value + 1 === marker.alternativeValue) return other;
  if (marker.alternativeValue === 1 || (numerals && !letters)) return other;
  return main;
}

function samePath(a: readonly number[] | null, b: readonly number[]): boolean {
  return a !== null && a.length === b.length && a.every((n, i) => n === b[i]);
}

/**
 * Finds the parent of a new item and closes the levels it ends; returns the parent (null for
 * top level) and the level to open for the item with {@link openLevel}. `structured` says the
 * text numbers its items, so that a line with no number goes to the top level unless it is
 * indented under an item.
 */
export function placeItem<N>(
  stack: OpenLevel<N>[],
  marker: Marker | null,
  indent: number,
  structured: boolean,
): { parent: N | null; level: Omit<OpenLevel<N>, 'node'> } {
  const parentOf = (length: number) => stack[length - 1]?.node ?? null;
  if (marker === null && structured) {
    const level = { style: 'plain', indent, path: null, value: null };
    const rootIndent = stack[0]?.indent ?? 0;
    if (indent <= rootIndent + 1) {
      // Top level, beside the numbered items: their list stays open, so "4 Close" after it
      // is its sibling, not its sub-item.
      const kept = stack.filter((s) => s.indent <= rootIndent + 1 && s.style !== 'plain');
      stack.splice(0, stack.length, ...kept);
      return { parent: null, level };
    }
    while (stack.length > 0 && (stack.at(-1)?.indent ?? 0) >= indent) stack.pop();
    return { parent: parentOf(stack.length), level };
  }
  while (stack.length > 0 && (stack.at(-1)?.indent ?? 0) > indent + 1) stack.pop();
  const { style, value } =
    marker === null ? { style: 'plain', value: null } : reading(stack, marker);
  const path = marker?.path ?? null;
  const level = { style, indent, path, value };
  if (path !== null && path.length > 1) {
    // "2.1" goes under item 2, or under the last item numbered at that depth.
    const prefix = path.slice(0, -1);
    let at = stack.findLastIndex((s) => samePath(s.path, prefix));
    if (at < 0) at = stack.findLastIndex((s) => s.path?.length === prefix.length);
    if (at >= 0) {
      stack.length = at + 1;
      return { parent: parentOf(at + 1), level };
    }
    const sibling = stack.findLastIndex((s) => s.path?.length === path.length);
    if (sibling >= 0) {
      stack.length = sibling;
      return { parent: parentOf(sibling), level };
    }
  }
  const same = stack.findLastIndex((s) => s.style === style && Math.abs(s.indent - indent) <= 1);
  if (same >= 0) stack.length = same;
  return { parent: parentOf(stack.length), level };
}

/** Opens the level of a placed item, so that the next item of its style follows it. */
export function openLevel<N>(
  stack: OpenLevel<N>[],
  level: Omit<OpenLevel<N>, 'node'>,
  node: N,
): void {
  stack.push({ ...level, node });
}

/**
 * A heading that starts or ends the confidential part of an agenda: true for "PART B –
 * CONFIDENTIAL ITEMS" or "Exempt items (not for publication)", false for "Part A" or
 * "Public items", null for any other line.
 */
export function sectionChange(text: string): boolean | null {
  const t = text.trim();
  if (t.length > 120 || t.split(/\s+/u).length > 12) return null;
  const secret =
    /\b(?:confidential|exempt|private|closed|restricted|reserved)\s+(?:items?|business|session|section|matters|part|information)\b/iu.test(
      t,
    ) || /\b(?:not\s+for\s+publication|in\s+camera|closed\s+session)\b/iu.test(t);
  const open = /\b(?:public|open)\s+(?:items?|business|session|section|part)\b/iu.test(t);
  // "PART B" or "Part II" alone is the councils' exempt part; "Part 2 – Strategy" is not.
  if (/^part\s+(?:b|ii|2|two)\s*[:.–—-]?$/iu.test(t)) return true;
  if (/^part\s+(?:a|i|1|one)\s*[:.–—-]?$/iu.test(t)) return false;
  if (secret) return true;
  if (open) return false;
  return null;
}

const preamble =
  /^(?:(?:draft\s+|revised\s+|meeting\s+)?agenda\b|(?:date|time|times|venue|location|place|where|when|chair|chaired\s+by|present|attendees|attendance|apologies|dial[- ]in|meeting\s+link|link|teams|zoom|to|from|subject|cc|room)\s*:|meeting\s+(?:of|no\.?|number|\d))/iu;
const headerWord =
  /^(?:item|items|no\.?|number|#|ref\.?|reference|title|subject|agenda\s+item|topic|description|business|presenter|presented\s+by|lead|owner|speaker|paper|papers|paper\s+ref|time|timing|duration|mins|minutes|purpose|action|page|pages|for)$/iu;
const sectionWords =
  /^(?:(?:items?|matters?|business|papers?|reports?)\s+(?:for|to)\b.*|(?:standing|main|formal|routine|strategic|operational|confidential|public)\s+(?:items?|business|matters)|for\s+(?:decision|information|noting|discussion|approval|assurance))$/iu;

/** Lines at the head of an agenda that are no item: "AGENDA", "Date: …", "Venue: …". */
export function isPreamble(text: string): boolean {
  return preamble.test(text.trim());
}

/** A heading between items ("Items for decision", "STANDING ITEMS:") or a table's header row. */
export function isHeading(text: string): boolean {
  const t = text.trim();
  const cells = splitCells(t);
  if (cells.length >= 2 && cells.every((c) => headerWord.test(c))) return true;
  const words = t.split(/\s+/u);
  if (words.length >= 3 && words.every((w) => headerWord.test(w))) return true;
  if (words.length <= 8 && /:$/u.test(t)) return true;
  if (words.length <= 10 && /^(?:part|section)\s+(?:[a-d]|[ivx]{1,4}|\d{1,2})\b/iu.test(t))
    return true;
  return sectionWords.test(t.replace(/[:.]$/u, ''));
}

const purposeLike =
  /^(?:to\s+\p{Ll}|the\s+\p{L}+\s+(?:is|are|will)\b|(?:members|cabinet|council|committee|panel|board|attendees)\s+(?:is|are|will|may|should)\b|this\s+(?:item|paper|report)\b)/iu;
const joiner = /(?:\b(?:and|or|of|the|for|to|in|on|with|by|a|an|from|at)|[&,:/–—-])$/iu;

/** True when no longer word starts in lower case: "Decision Making Principles". */
function titleCase(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => /^\p{L}{4,}/u.test(w));
  return (
    /\p{Lu}/u.test(text) &&
    /^(?!\p{Ll})[\p{L}\p{N}]/u.test(text) &&
    words.every((w) => !/^\p{Ll}/u.test(w))
  );
}

/**
 * Whether `text`, the line after a title, is the rest of that title wrapped onto a new line.
 * In a numbered agenda a short line in title case continues it too ("…Decision Making" /
 * "Principles"); where no line is numbered, such a line is the next item.
 */
export function continuesTitle(title: string, text: string, numbered: boolean): boolean {
  const t = text.trim();
  if (purposeLike.test(t) || t.length > 200) return false;
  if (/^[\p{Ll}(&]/u.test(t) || joiner.test(title.trim())) return true;
  return numbered && titleCase(t) && t.split(/\s+/u).length <= 8 && !/[.!?]$/u.test(t);
}

/** Whether a line with no number reads as an item's title rather than a sentence about one. */
export function titleLike(text: string): boolean {
  const t = text.trim();
  return (
    // Any script: a title starts with anything but a lower-case letter (Arabic has no case).
    /^(?!\p{Ll})[\p{L}\p{N}"“‘'(]/u.test(t) &&
    !/[.!?;]$/u.test(t) &&
    !purposeLike.test(t) &&
    t.split(/\s+/u).length <= 12
  );
}
