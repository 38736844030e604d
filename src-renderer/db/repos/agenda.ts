import {
  byPosition,
  limits,
  numberAgenda,
  planActionsOutstandingItem,
  planStandingItems,
  positionAtEnd,
  positionBetween,
  positionForMove,
  tidyName,
  validateItemInput,
} from '../../domain';
import type { AgendaItem, Id, ItemInput } from '../../domain';
import { created, touched, type DataContext } from '../context';
import { DataError } from '../errors';
import { editableMeeting } from '../guards';
import { sealUpdatesInConfidence } from './updates-in-confidence';

export type ItemPatch = Partial<
  Pick<
    AgendaItem,
    | 'title'
    | 'presenter'
    | 'paperRefs'
    | 'classification'
    | 'plannedMinutes'
    | 'publicSummary'
    | 'exemption'
    | 'status'
    | 'standing'
  >
>;

export interface NewItem {
  title: string;
  parentId?: Id | null;
}

function refuseInvalid(fields: ItemInput): void {
  const first = Object.values(validateItemInput(fields))[0];
  if (first !== undefined) throw new DataError(first, 'invalid');
}

/** Adds an item (or a sub-item) at the end of its siblings; returns its id. */
export async function addItem(ctx: DataContext, meetingId: Id, input: NewItem): Promise<Id> {
  const { db } = ctx;
  const parentId = input.parentId ?? null;
  const title = tidyName(input.title);
  const fields = {
    title,
    presenter: '',
    paperRefs: [],
    classification: 'public',
    plannedMinutes: null,
    status: 'pending',
    publicSummary: '',
  } as const;
  refuseInvalid(fields);
  return db.transaction('rw', db.meetings, db.agendaItems, async () => {
    await editableMeeting(ctx, meetingId);
    const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
    if (parentId !== null && !items.some((i) => i.id === parentId)) {
      throw new DataError('The parent item no longer exists.', 'not-found');
    }
    const siblings = items.filter((i) => i.parentId === parentId);
    const item: AgendaItem = {
      id: ctx.newId(),
      meetingId,
      parentId,
      position: positionAtEnd(siblings.map((s) => s.position)),
      ...fields,
      exemption: '',
      paperRefs: [],
      kind: 'standard',
      standing: false,
      startedAt: null,
      spentSeconds: 0,
      ...created(ctx),
    };
    await db.agendaItems.add(item);
    return item.id;
  });
}

/** Changes only the given fields of an item, so a concurrent edit of another field survives. */
export async function updateItem(ctx: DataContext, id: Id, patch: ItemPatch): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.meetings, db.agendaItems, db.actionUpdates, async () => {
    const item = await db.agendaItems.get(id);
    if (!item) throw new DataError('That agenda item no longer exists.', 'not-found');
    refuseInvalid({ ...item, ...patch });
    // A journal entry replayed from storage is data, whatever the types say.
    if ('standing' in patch && typeof patch.standing !== 'boolean') {
      throw new DataError('“Standing item” is either ticked or not.', 'invalid');
    }
    if (
      'exemption' in patch &&
      (typeof patch.exemption !== 'string' || patch.exemption.length > limits.shortText)
    ) {
      throw new DataError('The exemption is too long.', 'invalid');
    }
    await editableMeeting(ctx, item.meetingId);
    await db.agendaItems.update(id, { ...patch, ...touched(ctx) });
    // The Actions Outstanding item (or one above it) made confidential: so are its updates.
    if (patch.classification === 'confidential') await sealUpdatesInConfidence(ctx, item.meetingId);
  });
}

/** Moves an item one place up or down among its siblings; only the mover's row is written. */
export async function moveItem(ctx: DataContext, id: Id, direction: -1 | 1): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.meetings, db.agendaItems, async () => {
    const item = await db.agendaItems.get(id);
    if (!item) throw new DataError('That agenda item no longer exists.', 'not-found');
    await editableMeeting(ctx, item.meetingId);
    const siblings = await db.agendaItems
      .where('meetingId')
      .equals(item.meetingId)
      .filter((i) => i.parentId === item.parentId)
      .toArray();
    const position = positionForMove(siblings, id, direction);
    if (position !== null) await db.agendaItems.update(id, { position, ...touched(ctx) });
  });
}

/**
 * Moves an item to where a drop put it among its siblings: after `beforeId` (the sibling now
 * above it) and ahead of `afterId` (the sibling now below it); null marks an end. Only the
 * mover's row is written, except inside a run of equal keys (two windows appended at once),
 * where no key fits between the neighbours: the rest of that run then takes keys after the
 * mover, so the order the user saw is the order stored.
 */
export async function moveItemTo(
  ctx: DataContext,
  id: Id,
  beforeId: Id | null,
  afterId: Id | null,
): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.meetings, db.agendaItems, async () => {
    const item = await db.agendaItems.get(id);
    if (!item) throw new DataError('That agenda item no longer exists.', 'not-found');
    await editableMeeting(ctx, item.meetingId);
    const siblings = (
      await db.agendaItems
        .where('meetingId')
        .equals(item.meetingId)
        .filter((i) => i.parentId === item.parentId)
        .toArray()
    ).sort(byPosition);
    const others = siblings.filter((s) => s.id !== id);
    const slot = dropSlot(others, beforeId, afterId);
    if (slot === null) {
      throw new DataError(
        'The items around that place have moved or gone; look again and retry.',
        'conflict',
      );
    }
    if (siblings.findIndex((s) => s.id === id) === slot) return;
    const low = others[slot - 1]?.position ?? null;
    const high = others[slot]?.position ?? null;
    if (low === null || high === null || low < high) {
      await db.agendaItems.update(id, { position: positionBetween(low, high), ...touched(ctx) });
      return;
    }
    const run = others.slice(slot).filter((o) => o.position === high);
    const next = others.find((o) => o.position > high)?.position ?? null;
    let key = positionBetween(low, next);
    await db.agendaItems.update(id, { position: key, ...touched(ctx) });
    for (const sibling of run) {
      key = positionBetween(key, next);
      await db.agendaItems.update(sibling.id, { position: key, ...touched(ctx) });
    }
  });
}

/** Where among `others` (the siblings without the mover) a drop between two of them lands. */
function dropSlot(others: readonly AgendaItem[], beforeId: Id | null, afterId: Id | null) {
  if (beforeId !== null) {
    const index = others.findIndex((o) => o.id === beforeId);
    if (index >= 0) return index + 1;
  }
  if (afterId !== null) {
    const index = others.findIndex((o) => o.id === afterId);
    if (index >= 0) return index;
  }
  return beforeId === null && afterId === null && others.length === 0 ? 0 : null;
}

/** What copying standing items did, for the message the user sees. */
export interface StandingCopied {
  /** The number of the meeting they were copied from. */
  from: number;
  added: number;
  /** Titles left out because this agenda already has them. */
  skipped: string[];
}

/**
 * Copies the standing items of the body's previous meeting (the highest number below this
 * one), with their sub-items, to the end of this agenda, in one transaction.
 */
export async function addStandingItems(ctx: DataContext, meetingId: Id): Promise<StandingCopied> {
  const { db } = ctx;
  return db.transaction('rw', db.meetings, db.agendaItems, async () => {
    const meeting = await editableMeeting(ctx, meetingId);
    const earlier = (await db.meetings.where('bodyId').equals(meeting.bodyId).toArray())
      .filter((m) => m.number < meeting.number)
      .sort((a, b) => b.number - a.number)[0];
    if (!earlier) {
      throw new DataError(
        `There is no meeting before meeting ${meeting.number} to take standing items from.`,
        'not-found',
      );
    }
    const previous = await db.agendaItems.where('meetingId').equals(earlier.id).toArray();
    const current = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
    const plan = planStandingItems(previous, current, meetingId, ctx.newId);
    const audit = created(ctx);
    await db.agendaItems.bulkAdd(plan.items.map((p) => ({ ...p, ...audit })));
    return { from: earlier.number, added: plan.items.length, skipped: plan.skipped };
  });
}

/**
 * Adds the item under which the minutes list the open actions of earlier meetings, as item 1.
 * A meeting has at most one; a second is refused.
 */
export async function addActionsOutstandingItem(ctx: DataContext, meetingId: Id): Promise<Id> {
  const { db } = ctx;
  return db.transaction('rw', db.meetings, db.agendaItems, async () => {
    await editableMeeting(ctx, meetingId);
    const current = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
    const planned = planActionsOutstandingItem(current, meetingId, ctx.newId());
    if (planned === null) {
      const existing = numberAgenda(current).find((n) => n.item.kind === 'actions-outstanding');
      const where = existing ? ` (item ${existing.number}, “${existing.item.title}”)` : '';
      throw new DataError(
        `This agenda already has its Actions Outstanding item${where}; a meeting has only one.`,
        'conflict',
      );
    }
    await db.agendaItems.add({ ...planned, ...created(ctx) });
    return planned.id;
  });
}
