import { confidentialityOf, type Id } from '../../domain';
import { touched, type DataContext } from '../context';
import type { MinutebookDb } from '../database';

/**
 * Whether a meeting's Actions Outstanding item is confidential, itself or through an item
 * above it. The updates given at that meeting are minuted there: they are confidential too,
 * wherever else they are shown (the action log, search, an appendix of the minutes).
 */
export async function updatesInConfidence(db: MinutebookDb, meetingId: Id): Promise<boolean> {
  const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
  const rule = confidentialityOf(items, []);
  return items.some((i) => i.kind === 'actions-outstanding' && rule.item(i.id));
}

/**
 * Marks confidential every update given at the meeting when its Actions Outstanding item is
 * confidential (after an item's classification changed). Made public again, the item leaves
 * them confidential: each can be made public by hand.
 */
export async function sealUpdatesInConfidence(ctx: DataContext, meetingId: Id): Promise<void> {
  const { db } = ctx;
  if (!(await updatesInConfidence(db, meetingId))) return;
  const open = await db.actionUpdates
    .where('meetingId')
    .equals(meetingId)
    .filter((u) => !u.confidential)
    .toArray();
  for (const u of open)
    await db.actionUpdates.update(u.id, { confidential: true, ...touched(ctx) });
}
