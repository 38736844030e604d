import type { AcceptedFinding, Id } from '../../domain';
import { touched, type DataContext } from '../context';
import { DataError } from '../errors';

/** What the leak guard said of a finding, as the secretary accepts it. */
export type FindingToAccept = Pick<AcceptedFinding, 'phrase' | 'source' | 'places' | 'fingerprint'>;

const sameFinding = (a: FindingToAccept, b: FindingToAccept) =>
  a.phrase === b.phrase &&
  a.source === b.source &&
  a.fingerprint === b.fingerprint &&
  a.places.length === b.places.length &&
  a.places.every((key) => b.places.includes(key));

/**
 * Records that the secretary read a finding of the leak guard and accepts that the public
 * minutes repeat that wording there: kept with the meeting (and in its archive), stamped with
 * who and when. It lapses by itself when either text changes. Accepting edits no minutes, so
 * an approved meeting takes it too. Accepting the same finding twice keeps one record.
 */
export async function acceptFinding(
  ctx: DataContext,
  meetingId: Id,
  finding: FindingToAccept,
): Promise<void> {
  if (finding.places.length === 0) {
    throw new DataError(
      'Confidential wording that no public text says cannot be accepted.',
      'invalid',
    );
  }
  const { db } = ctx;
  await db.transaction('rw', db.meetings, async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new DataError('That meeting no longer exists.', 'not-found');
    if (meeting.acceptedFindings.some((a) => sameFinding(a, finding))) return;
    const accepted: AcceptedFinding = {
      phrase: finding.phrase,
      source: finding.source,
      places: [...finding.places],
      fingerprint: finding.fingerprint,
      acceptedAt: ctx.now(),
      acceptedBy: ctx.user(),
    };
    await db.meetings.update(meetingId, {
      acceptedFindings: [...meeting.acceptedFindings, accepted],
      ...touched(ctx),
    });
  });
}

/** Withdraws an acceptance: the public minutes are refused again while the wording stands. */
export async function withdrawFinding(
  ctx: DataContext,
  meetingId: Id,
  finding: FindingToAccept,
): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.meetings, async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new DataError('That meeting no longer exists.', 'not-found');
    const kept = meeting.acceptedFindings.filter((a) => !sameFinding(a, finding));
    if (kept.length === meeting.acceptedFindings.length) return;
    await db.meetings.update(meetingId, { acceptedFindings: kept, ...touched(ctx) });
  });
}
