import { meetingStatusLabels, newDecision, positionAtEnd } from '../../domain';
import { readMinuteNumbers } from '../minute-numbers';
import type { AgendaItem, Amendment, Body, Id, Meeting, MinuteBlock } from '../../domain';
import { created, touched, type DataContext } from '../context';
import { DataError } from '../errors';
import { amendmentProblem } from './amendments';
import { editableItem, endOfItem } from './blocks';
import { addBlocks } from '../block-store';

/** An amendment agreed when the minutes are approved: the date is the approving meeting's. */
export interface AgreedAmendment {
  text: string;
  reason: string;
  /** The item of the approved meeting it applies to, or null for the minutes as a whole. */
  itemId: Id | null;
  confidential: boolean;
}

/** The verb the decision takes: the body's APPROVED (or one like it), else its first verb. */
export function approvalVerb(body: Pick<Body, 'decisionVerbs'> | undefined): string {
  const verbs = body?.decisionVerbs ?? [];
  return (
    verbs.find((v) => v.trim().toUpperCase() === 'APPROVED') ??
    verbs.find((v) => v.trim().toUpperCase().startsWith('APPROV')) ??
    verbs[0] ??
    'APPROVED'
  );
}

/** "the minutes of meeting 29 as a true record[, subject to the amendments below]". */
export function approvalDecisionText(number: number, amended: boolean): string {
  const base = `the minutes of meeting ${String(number)} as a true record`;
  return amended ? `${base}, subject to the amendments below` : base;
}

/** Whether an item, or an item above it, is confidential. */
function itemSecret(items: ReadonlyMap<Id, AgendaItem>, id: Id | null): boolean {
  const seen = new Set<Id>();
  for (let at = id; at !== null && !seen.has(at);) {
    const item = items.get(at);
    if (item === undefined) return true;
    if (item.classification === 'confidential') return true;
    seen.add(at);
    at = item.parentId;
  }
  return false;
}

/** The paragraph that lists agreed amendments: a lead line, then one bullet each. */
function listing(number: number, lines: string[]): string {
  return [`Amendments agreed to the minutes of meeting ${String(number)}:`, ...lines].join('\n');
}

/** Checks that `approving` may approve the minutes of `target`, or says why not. */
function refusal(approving: Meeting, target: Meeting | undefined): string | null {
  if (target === undefined || target.bodyId !== approving.bodyId)
    return 'That meeting is not a meeting of this body.';
  const n = String(target.number);
  if (target.status === 'approved') return `The minutes of meeting ${n} are already approved.`;
  if (target.number >= approving.number)
    return `Meeting ${n} is not earlier than meeting ${String(approving.number)}: only an earlier meeting's minutes can be approved here.`;
  if (target.status !== 'held')
    return `Meeting ${n} is “${meetingStatusLabels[target.status]}”: its minutes can be approved once it is held.`;
  if (approving.status !== 'live' && approving.status !== 'held')
    return `Minutes are approved at a meeting that is live or held, not “${meetingStatusLabels[approving.status]}”.`;
  return null;
}

/**
 * Approves the minutes of an earlier meeting at the item `itemId` of a later one, in one
 * transaction: the item gets a decisions block ("The Panel APPROVED the minutes of meeting 29
 * as a true record", with ", subject to the amendments below" and a list of them when there
 * are amendments; a confidential amendment is listed in a confidential paragraph of its own),
 * the earlier meeting becomes approved (and so locked) with its approval recorded, and the
 * amendments are recorded on it, agreed at the approving meeting on that meeting's date.
 * Refused when the earlier meeting is already approved, is not earlier or not held, or the
 * approving meeting is approved. Returns the id of the decisions block.
 */
export async function approveMinutesAt(
  ctx: DataContext,
  itemId: Id,
  meetingId: Id,
  amendments: readonly AgreedAmendment[],
): Promise<Id> {
  const { db } = ctx;
  const tables = [db.meetings, db.bodies, db.agendaItems, db.itemMinutes, db.amendments];
  return db.transaction('rw', tables, async () => {
    const item = await editableItem(ctx, itemId);
    const approving = await db.meetings.get(item.meetingId);
    if (approving === undefined) throw new DataError('That meeting no longer exists.', 'not-found');
    const target = await db.meetings.get(meetingId);
    const wrong = refusal(approving, target);
    if (wrong !== null || target === undefined) throw new DataError(wrong ?? '', 'invalid');
    const items = await db.agendaItems.where('meetingId').equals(target.id).toArray();
    const byId = new Map(items.map((i) => [i.id, i]));
    const numbers = await readMinuteNumbers(db, target.id);
    // "Item 4", or the item by its title when the body numbers nothing.
    const itemWhere = (id: Id) => {
      const number = numbers.get(id) ?? '';
      return number !== '' ? `Item ${number}` : `The item “${byId.get(id)?.title.trim() ?? ''}”`;
    };
    const lines = { public: [] as string[], confidential: [] as string[] };
    for (const a of amendments) {
      const problem = amendmentProblem({ date: approving.date, reason: a.reason, text: a.text });
      if (problem !== null) throw new DataError(problem, 'invalid');
      if (a.itemId !== null && !byId.has(a.itemId))
        throw new DataError('That item is not on the agenda of the amended meeting.', 'invalid');
      const where = a.itemId === null ? 'The minutes as a whole' : itemWhere(a.itemId);
      const line = `- ${where}: ${a.text.trim()} (Reason: ${a.reason.trim()})`;
      const secret = a.confidential || itemSecret(byId, a.itemId);
      lines[secret ? 'confidential' : 'public'].push(line);
    }

    const body = await db.bodies.get(approving.bodyId);
    const decision = newDecision(
      ctx.newId(),
      approvalVerb(body),
      approvalDecisionText(target.number, amendments.length > 0),
    );
    const position = await endOfItem(ctx, itemId);
    const base = { meetingId: approving.id, itemId, ...created(ctx) };
    const blocks: MinuteBlock[] = [
      {
        ...base,
        id: ctx.newId(),
        position,
        confidential: false,
        kind: 'decisions',
        decisions: [decision],
      },
    ];
    for (const secret of [false, true]) {
      const found = lines[secret ? 'confidential' : 'public'];
      if (found.length === 0) continue;
      const after = positionAtEnd(blocks.map((b) => b.position));
      const text = listing(target.number, found);
      blocks.push({
        ...base,
        id: ctx.newId(),
        position: after,
        confidential: secret,
        kind: 'paragraph',
        text,
      });
    }
    await addBlocks(db, blocks);

    await db.meetings.update(target.id, {
      status: 'approved',
      approval: { meetingId: approving.id, number: approving.number, on: approving.date },
      ...touched(ctx),
    });
    const records: Amendment[] = amendments.map((a) => ({
      id: ctx.newId(),
      meetingId: target.id,
      date: approving.date,
      reason: a.reason.trim(),
      text: a.text.trim(),
      itemId: a.itemId,
      confidential: a.confidential,
      agreedAt: approving.id,
      ...created(ctx),
    }));
    await db.amendments.bulkAdd(records);
    return blocks[0]?.id ?? '';
  });
}

/** The meetings whose minutes `approving` may approve: earlier, held, not yet approved. */
export function approvableMeetings(approving: Meeting, meetings: readonly Meeting[]): Meeting[] {
  return meetings.filter((m) => refusal(approving, m) === null).sort((a, b) => b.number - a.number);
}
