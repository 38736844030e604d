import type { ArchiveBody, ArchiveMeeting, Id } from '../../domain';
import { numberArchiveMeeting } from '../../domain/minute-numbering';
import { shortDate } from '../wording';
import type { GuardSources, Place } from './sources';

/**
 * The guard's view of a meeting's amendments and approval, by its own rule: an amendment's
 * wording and reason are confidential when it is flagged confidential or applies to an item
 * the guard counts as confidential (or to an item it cannot find). The wording the writers
 * print around a public amendment, and the approval line of the running head, are written
 * out here, apart from the writers (minutes/approval-lines.ts).
 */
export function addAmendmentSources(
  out: GuardSources,
  body: ArchiveBody,
  meeting: ArchiveMeeting,
  itemSecret: (id: Id | null) => boolean,
): void {
  const numbers = new Map(numberArchiveMeeting(body, meeting).map((n) => [n.item.id, n.number]));
  const approval = meeting.status === 'approved' ? meeting.approval : null;
  meeting.amendments.forEach((a, i) => {
    const known = a.itemId === null || numbers.has(a.itemId);
    const secret = a.confidential || !known || itemSecret(a.itemId);
    const number = a.itemId === null ? undefined : numbers.get(a.itemId);
    const where =
      a.itemId === null
        ? 'the minutes'
        : number === undefined
          ? 'an unknown item'
          : number === ''
            ? 'an item'
            : `item ${number}`;
    const at: Place = {
      key: `amendment:${a.id}`,
      label: `amendment ${String(i + 1)} to ${where}`,
      itemId: a.itemId,
      blockId: null,
      actionId: null,
    };
    for (const text of [a.text, a.reason])
      if (text.trim() !== '') (secret ? out.confidential : out.public).push({ text, place: at });
    if (secret) return;
    const date = shortDate(a.date);
    const lead =
      approval !== null && a.agreedAt === approval.meetingId
        ? `Amended at meeting ${String(approval.number)} on ${date}:`
        : `Amended on ${date}:`;
    out.generated.push(`${lead} ${a.text} (Reason: ${a.reason})`);
    if (a.itemId === null) out.generated.push('Amendments to these minutes');
  });
  if (approval !== null) {
    const line = `PUBLIC \u2014 Approved at meeting ${String(approval.number)} on ${shortDate(approval.on)}`;
    out.generated.push(line, `${line} Page of`);
  }
}
