import type { AcceptedFinding } from '../../domain';
import type { DocumentKind } from '../document';
import type { Hit } from './match';
import { guardWords } from './normalise';
import type { Place } from './sources';

/**
 * What the leak guard reports: each passage of the public minutes that repeats confidential
 * wording, with where the wording is confidential and where it would appear. A finding whose
 * wording some public text says too may be accepted by the secretary; the acceptance holds
 * while both texts stay as they were. A leak — confidential wording that no public text
 * says — is never accepted.
 */
export interface Finding {
  /** The repeated words, as compared: lower case, one space apart. */
  phrase: string;
  /** Where the wording is confidential. */
  source: Place;
  /** The public places that say it; empty for a leak. */
  places: Place[];
  /** Where in the written file it was found: "word/document.xml", "page 2". */
  part: string;
  /** Fingerprint of the source's and the places' texts, for acceptance. */
  fingerprint: string;
  /** True when it may be accepted: some public text says the wording. */
  acceptable: boolean;
  /** The finding in words a secretary can act on. */
  message: string;
}

/** A 53-bit hash of a text, as 14 hex digits: enough to notice that a text has changed. */
export function fingerprintOf(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

const quote = (phrase: string) => `\u201c${phrase}\u201d`;

function listed(places: readonly Place[]): string {
  const labels = [...new Set(places.map((p) => p.label))];
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('en') + text.slice(1);

/** "Paragraph 2 of item 4 repeats “…” from paragraph 1 of item 2, which is confidential." */
function messageOf(finding: Omit<Finding, 'message'>, document: DocumentKind): string {
  const { phrase, source, places, part } = finding;
  if (places.length === 0) {
    return `${capitalised(source.label)} is confidential, but its words ${quote(phrase)} would appear in the public ${document} (${part}) and no public text says them.`;
  }
  const verb = new Set(places.map((p) => p.label)).size > 1 ? 'repeat' : 'repeats';
  return `${capitalised(listed(places))} ${verb} ${quote(phrase)} from ${source.label}, which is confidential.`;
}

const placesKey = (hit: Hit) =>
  `${hit.source.place.key}|${hit.places.map((p) => p.place.key).join(',')}`;

/**
 * The findings of a document's hits: overlapping hits of one confidential text in the same
 * public places make one finding, whose phrase is the whole repeated passage. `document`
 * names the document in the messages: the public minutes, or the public agenda.
 */
export function findingsOf(hits: readonly Hit[], document: DocumentKind = 'minutes'): Finding[] {
  const runs: { first: Hit; start: number; end: number }[] = [];
  for (const hit of hits) {
    const end = hit.at + hit.phrase.split(' ').length;
    const last = runs.at(-1);
    if (last !== undefined && placesKey(last.first) === placesKey(hit) && hit.at <= last.end) {
      last.end = Math.max(last.end, end);
    } else {
      runs.push({ first: hit, start: hit.at, end });
    }
  }
  return runs.map(({ first, start, end }) => {
    const words = guardWords(first.source.text);
    const places = first.places.map((p) => p.place);
    const texts = [first.source.text, ...first.places.map((p) => p.text)].join('\u0000');
    const finding = {
      phrase: words.slice(start, end).join(' '),
      source: first.source.place,
      places,
      part: first.part,
      fingerprint: fingerprintOf(texts),
      acceptable: places.length > 0,
    };
    return { ...finding, message: messageOf(finding, document) };
  });
}

/** True when a stored acceptance covers this finding, its texts unchanged since. */
export function isAccepted(finding: Finding, accepted: readonly AcceptedFinding[]): boolean {
  if (!finding.acceptable) return false;
  const places = finding.places.map((p) => p.key).sort();
  return accepted.some(
    (a) =>
      a.phrase === finding.phrase &&
      a.source === finding.source.key &&
      a.fingerprint === finding.fingerprint &&
      a.places.length === places.length &&
      [...a.places].sort().every((key, i) => key === places[i]),
  );
}

/** The record kept with the meeting when the secretary accepts a finding. */
export function acceptanceOf(finding: Finding, at: string, by: string): AcceptedFinding {
  return {
    phrase: finding.phrase,
    source: finding.source.key,
    places: finding.places.map((p) => p.key),
    fingerprint: finding.fingerprint,
    acceptedAt: at,
    acceptedBy: by,
  };
}
