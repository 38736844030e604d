import type { Action, ActionUpdate, Member, MinuteBlock } from '../../src-renderer/domain';
import { formatActionRef } from '../../src-renderer/domain';
import type { MeetingContext, PlannedItem } from './meeting';
import { actionText, updateText, type Context } from './text';

/**
 * The action log of a generated body: about twenty-two actions raised at each meeting, each
 * with its entry in the minutes of the item that raised it, and updates given at later
 * meetings — none, or one to five, the last of which usually closes it. An action whose
 * closing update would fall after the last meeting stays open.
 */

/** An update to give at a later meeting (by its index among the body's meetings). */
export interface PlannedUpdate {
  action: Action;
  closes: boolean;
}

/** What the body's log carries from meeting to meeting. */
export interface ActionLog {
  prefix: string;
  template: string;
  secretariat: string;
  bodyId: string;
  members: readonly Member[];
  actions: Action[];
  updates: ActionUpdate[];
  /** Updates still to be given, by meeting index. */
  due: Map<number, PlannedUpdate[]>;
}

/** How many actions each item raises: about twenty-two in all, in agenda order. */
export function shareActions(ctx: MeetingContext, items: readonly PlannedItem[]): number[] {
  const counts = items.map(() => 0);
  const raising = items.flatMap((p, i) => (p.raises ? [i] : []));
  if (raising.length === 0) return counts;
  const total = ctx.random.int(19, 25);
  for (let n = 0; n < total; n += 1) {
    const i = ctx.random.pick(raising);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** How many updates an action gets over its life. */
const lifetimes = [0, 1, 1, 2, 2, 2, 3, 3, 3, 4, 5] as const;

/** The meeting's actions raised under one item, with their action blocks. */
export function raiseActions(
  ctx: MeetingContext,
  log: ActionLog,
  at: { index: number; number: number; date: string; sequence: number },
  planned: PlannedItem,
  positions: readonly string[],
): MinuteBlock[] {
  const { random } = ctx;
  const context: Context = { people: ctx.present.map((m) => m.name), subject: planned.subject };
  const inside = planned.item.classification === 'confidential';
  return positions.map((position, n) => {
    const sequence = at.sequence + n + 1;
    const owner = random.chance(0.5) ? null : random.pick(log.members);
    const confidential = inside || random.chance(0.02);
    const due = random.chance(0.4) ? `${at.date.slice(0, 8)}28` : null;
    const action: Action = {
      id: random.id(),
      bodyId: log.bodyId,
      meetingId: ctx.meetingId,
      itemId: planned.item.id,
      raisedOn: at.date,
      sequence,
      reference: formatActionRef(log.template, {
        prefix: log.prefix,
        meetingNumber: at.number,
        sequence,
        meetingDate: at.date,
      }),
      owner: owner?.name ?? log.secretariat,
      ownerMemberId: owner?.id ?? null,
      text: actionText(random, context, confidential),
      dueDate: due,
      status: 'open',
      confidential,
      declassified: null,
      ...ctx.audit(),
    };
    log.actions.push(action);
    let later = at.index;
    const life = random.pick(lifetimes);
    for (let u = 1; u <= life; u += 1) {
      later += random.pick([1, 1, 1, 2]);
      const closes = u === life && random.chance(0.75);
      const list = log.due.get(later) ?? [];
      list.push({ action, closes });
      log.due.set(later, list);
    }
    return {
      id: random.id(),
      meetingId: ctx.meetingId,
      itemId: planned.item.id,
      position,
      confidential,
      kind: 'action',
      actionId: action.id,
      ...ctx.audit(),
    };
  });
}

/** Gives the updates due at the meeting `index`; an update that closes an action closes it. */
export function giveUpdates(ctx: MeetingContext, log: ActionLog, index: number): void {
  const due = log.due.get(index) ?? [];
  log.due.delete(index);
  for (const { action, closes } of due) {
    const context: Context = { people: ctx.present.map((m) => m.name), subject: 'the action' };
    log.updates.push({
      id: ctx.random.id(),
      actionId: action.id,
      meetingId: ctx.meetingId,
      text: updateText(ctx.random, context, closes, action.confidential),
      closes,
      confidential: action.confidential,
      ...ctx.audit(),
    });
    if (closes) action.status = 'closed';
  }
}
