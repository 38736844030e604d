import type { Archive } from '../../domain';
import type { DocumentKind } from '../document';
import { findMeeting } from '../find';
import type { LaidOutPage } from '../pdf/types';
import { findingsOf, isAccepted, type Finding } from './findings';
import { findHits } from './match';
import { docxUnits, pdfUnits, type OutputUnit } from './output';
import { guardSources } from './sources';

export { acceptanceOf, fingerprintOf, isAccepted, type Finding } from './findings';
export { findingsOf } from './findings';
export { findHits } from './match';
export { guardWords, guardPhrase } from './normalise';
export { docxUnits, pdfUnits, type OutputUnit } from './output';
export { guardSources, type GuardSources, type GuardText, type Place } from './sources';

/**
 * The leak guard: the last check before a public document is handed over. It reads back the
 * text the written file carries and compares it with the meeting's confidential texts, as
 * match.ts describes; the findings the secretary accepted for this meeting (kept with it)
 * are left out while their texts are unchanged.
 */

/** "The public minutes were not produced", "The public agenda was not produced". */
export function notProduced(document: DocumentKind): string {
  return document === 'agenda'
    ? 'The public agenda was not produced'
    : 'The public minutes were not produced';
}

/** Refusal of a public document, with every finding that stopped it. */
export class LeakError extends Error {
  constructor(
    readonly findings: readonly Finding[],
    /** The document refused: the minutes, or the agenda. */
    readonly document: DocumentKind = 'minutes',
  ) {
    const count = findings.length;
    const first = findings[0]?.message ?? '';
    super(
      count === 1
        ? `${notProduced(document)}. ${first}`
        : `${notProduced(document)}: ${String(count)} passages repeat confidential wording. ${first}`,
    );
    this.name = 'LeakError';
  }
}

/**
 * Every finding of a public document's text, accepted ones included; `document` says which
 * document of the meeting it is (the minutes unless it is the agenda).
 */
export function findingsIn(
  archive: Archive,
  meetingId: string,
  units: readonly OutputUnit[],
  document: DocumentKind = 'minutes',
) {
  const found = findMeeting(archive, meetingId);
  if (found === undefined) throw new Error('That meeting is not in the archive.');
  return findingsOf(findHits(guardSources(found.body, found.meeting, document), units), document);
}

function refuseUnaccepted(
  archive: Archive,
  meetingId: string,
  units: readonly OutputUnit[],
  document: DocumentKind,
) {
  const accepted = findMeeting(archive, meetingId)?.meeting.acceptedFindings ?? [];
  const open = findingsIn(archive, meetingId, units, document).filter(
    (f) => !isAccepted(f, accepted),
  );
  if (open.length > 0) throw new LeakError(open, document);
}

/** Throws {@link LeakError} unless a public DOCX is free of unaccepted findings. */
export async function guardDocx(
  archive: Archive,
  meetingId: string,
  bytes: Uint8Array,
  document: DocumentKind = 'minutes',
) {
  refuseUnaccepted(archive, meetingId, await docxUnits(bytes), document);
}

/** Throws {@link LeakError} unless a public PDF is free of unaccepted findings. */
export async function guardPdf(
  archive: Archive,
  meetingId: string,
  pdf: { pages: readonly LaidOutPage[]; bytes: Uint8Array },
  document: DocumentKind = 'minutes',
) {
  refuseUnaccepted(archive, meetingId, await pdfUnits(pdf.pages, pdf.bytes), document);
}
