import type { Amendment, ArchiveMeeting, Id } from '../domain';
import type { DocBlock, Variant } from './document';
import { houseWords } from './house-style';
import { shortDate } from './wording';

/**
 * What the minutes print of their approval and of the amendments recorded since: the line
 * that replaces "DRAFT" in the running head, and each amendment as a labelled note where it
 * applies. The leak guard writes the same wording out for itself (guard/amendment-sources.ts).
 */

/**
 * "Approved at meeting 30 on 10 March 2016" when a later meeting approved the minutes, or
 * null: minutes not approved, or approved before approvals were recorded (these print as
 * before, with no "DRAFT" and no line).
 */
export function approvalLine(meeting: Pick<ArchiveMeeting, 'status' | 'approval'>): string | null {
  const { approval } = meeting;
  if (meeting.status !== 'approved' || approval === null) return null;
  return `${houseWords.approvedAt} ${String(approval.number)} on ${shortDate(approval.on)}`;
}

/**
 * The label before an amendment: "Amended at meeting 30 on 10 March 2016:" when the meeting
 * that approved the minutes agreed it, else "Amended on 14 April 2016:".
 */
export function amendmentLabel(meeting: Pick<ArchiveMeeting, 'approval'>, a: Amendment): string {
  const at = meeting.approval;
  return at !== null && a.agreedAt === at.meetingId
    ? `${houseWords.amendedAt} ${String(at.number)} on ${shortDate(a.date)}:`
    : `${houseWords.amendedOn} ${shortDate(a.date)}:`;
}

/** "The amended wording (Reason: why)". */
export function amendmentText(a: Pick<Amendment, 'text' | 'reason'>): string {
  return `${a.text.trim()} (${houseWords.reasonLabel} ${a.reason.trim()})`;
}

const inOrder = (a: Amendment, b: Amendment) =>
  a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);

/**
 * The amendments to one item (or, with `itemId` null, to the minutes as a whole) that the
 * variant shows, as notes, oldest first. The public minutes leave out a confidential
 * amendment; an amendment to a confidential item is never asked for there (the item is
 * reduced to its summary or left out).
 */
export function amendmentNotes(
  meeting: Pick<ArchiveMeeting, 'approval' | 'amendments'>,
  itemId: Id | null,
  variant: Variant,
  typeset: (text: string) => string,
): DocBlock[] {
  return meeting.amendments
    .filter((a) => a.itemId === itemId && (variant === 'confidential' || !a.confidential))
    .sort(inOrder)
    .map((a) => ({
      kind: 'note' as const,
      label: amendmentLabel(meeting, a),
      text: typeset(amendmentText(a)),
    }));
}

/** The amendments to the minutes as a whole, under their own heading after the minutes. */
export function wholeAmendmentBlocks(
  meeting: Pick<ArchiveMeeting, 'approval' | 'amendments'>,
  variant: Variant,
  typeset: (text: string) => string,
): DocBlock[] {
  const notes = amendmentNotes(meeting, null, variant, typeset);
  if (notes.length === 0) return [];
  return [{ kind: 'heading', level: 1, number: '', text: houseWords.amendments }, ...notes];
}
