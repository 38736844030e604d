import { confidentialityOf, isDeclassified, isIsoDate, namedDateMessage } from '../../domain';
import type { AgendaItem, Declassification, Id } from '../../domain';
import { touched, type DataContext } from '../context';
import { DataError } from '../errors';
import { checkShort, invalid } from './text-checks';

/**
 * Makes a confidential action public by a recorded decision: on which date and by whom. From
 * then on its text and its updates are public (an update flagged confidential stays so); its
 * entry in the minutes of the raising meeting stays as confidential as its item. No minutes
 * are edited, so an approved raising meeting does not stand in the way. Refused for an action
 * that is public already or was declassified before: the record is made once, never moved.
 */
export async function declassifyAction(
  ctx: DataContext,
  actionId: Id,
  input: Declassification,
): Promise<void> {
  if (!isIsoDate(input.on)) invalid(namedDateMessage('the date of the decision'));
  const by = checkShort(input.by, 'Who decided');
  const { db } = ctx;
  await db.transaction('rw', db.agendaItems, db.actions, async () => {
    const action = await db.actions.get(actionId);
    if (!action) throw new DataError('That action no longer exists.', 'not-found');
    if (isDeclassified(action)) {
      throw new DataError(`${action.reference} has been declassified already.`, 'conflict');
    }
    if (!confidentialityOf(await itemsAbove(ctx, action.itemId), [action]).action(action)) {
      invalid(`${action.reference} is not confidential: there is nothing to declassify.`);
    }
    if (input.on < action.raisedOn) {
      invalid(`${action.reference} cannot be declassified before it was raised.`);
    }
    await db.actions.update(actionId, { declassified: { on: input.on, by }, ...touched(ctx) });
  });
}

/** The item that raised an action and every item above it: what the rule reads. */
async function itemsAbove(ctx: DataContext, itemId: Id | null): Promise<AgendaItem[]> {
  const found: AgendaItem[] = [];
  const seen = new Set<Id>();
  for (let at = itemId; at !== null && !seen.has(at);) {
    seen.add(at);
    const item = await ctx.db.agendaItems.get(at);
    if (item === undefined) break;
    found.push(item);
    at = item.parentId;
  }
  return found;
}
