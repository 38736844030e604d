import { confidentialityOf } from './confidentiality';
import type { AgendaItem, Audit, Id } from './model';
import { numberAgenda } from './numbering';
import { byPosition, positionAtEnd, positionBetween } from './position';
import { tidyName } from './text';

/** The title given to the item that lists the open actions of earlier meetings. */
export const actionsOutstandingTitle = 'Minutes and Actions Outstanding';

/** A new agenda item as planned, before the storage layer adds its audit fields. */
export type PlannedItem = Omit<AgendaItem, keyof Audit>;

export interface StandingPlan {
  /** The items to add, each parent ahead of its sub-items. */
  items: PlannedItem[];
  /** Titles of standing items left out because this agenda already has them. */
  skipped: string[];
}

/**
 * Plans copying the standing items of a previous meeting to the end of this meeting's agenda,
 * in the order they had there. A standing item brings its whole branch of sub-items; a
 * standing sub-item whose parent is not copied becomes a top-level item, confidential if it
 * was inside a confidential item (with that item's exemption when it cites none itself).
 * Titles, presenters, classification, planned minutes and kind are copied; what belongs to
 * the earlier meeting (papers, public summary, status, timing, minutes) is not. An item whose
 * title is already a top-level item here, or a second Actions Outstanding item, is skipped
 * with its branch, so running the command twice adds nothing twice.
 *
 * @param previous every item of the earlier meeting
 * @param current every item of this meeting
 * @param newId gives the id of each new item
 */
export function planStandingItems(
  previous: readonly AgendaItem[],
  current: readonly AgendaItem[],
  meetingId: Id,
  newId: () => Id,
): StandingPlan {
  const ordered = numberAgenda(previous);
  const topLevel = current.filter((i) => i.parentId === null || !hasItem(current, i.parentId));
  const titles = new Set(topLevel.map((i) => titleKey(i.title)));
  let hasActionsOutstanding = current.some((i) => i.kind === 'actions-outstanding');
  // The last key handed out under each new parent; null stands for the top level.
  const lastKey = new Map<Id | null, string | null>([
    [null, lastPosition(topLevel.map((i) => i.position))],
  ]);
  const newIds = new Map<Id, Id>();
  // Items skipped as already here: their sub-items are here with them.
  const skippedIds = new Set<Id>();
  const confidential = confidentialityOf(previous, []);
  const items: PlannedItem[] = [];
  const skipped: string[] = [];

  for (const { item } of ordered) {
    if (item.parentId !== null && skippedIds.has(item.parentId)) {
      skippedIds.add(item.id);
      continue;
    }
    const copiedParent = item.parentId === null ? undefined : newIds.get(item.parentId);
    const isRoot = copiedParent === undefined && item.standing;
    if (copiedParent === undefined && !isRoot) continue;
    if (isRoot) {
      const duplicate =
        titles.has(titleKey(item.title)) ||
        (item.kind === 'actions-outstanding' && hasActionsOutstanding);
      if (duplicate) {
        skipped.push(item.title);
        skippedIds.add(item.id);
        continue;
      }
      titles.add(titleKey(item.title));
    }
    // A sub-item lifted out of a confidential item stays confidential.
    const lifted = isRoot && item.parentId !== null && confidential.itemBy(item.id) === 'inherited';
    // Only one Actions Outstanding item per meeting, even if the earlier agenda had two.
    const kind =
      item.kind === 'actions-outstanding' && hasActionsOutstanding ? 'standard' : item.kind;
    if (kind === 'actions-outstanding') hasActionsOutstanding = true;
    const parentId = copiedParent ?? null;
    const before = lastKey.get(parentId) ?? null;
    const position = positionAtEnd(before === null ? [] : [before]);
    lastKey.set(parentId, position);
    const id = newId();
    newIds.set(item.id, id);
    items.push({
      id,
      meetingId,
      parentId,
      position,
      title: item.title,
      presenter: item.presenter,
      paperRefs: [],
      classification: lifted ? 'confidential' : item.classification,
      exemption: lifted && item.exemption === '' ? exemptionAbove(previous, item) : item.exemption,
      plannedMinutes: item.plannedMinutes,
      status: 'pending',
      publicSummary: '',
      kind,
      standing: item.standing,
      startedAt: null,
      spentSeconds: 0,
    });
  }
  return { items, skipped };
}

/** The exemption cited by the nearest confidential item above `item` ("" when none cites one). */
function exemptionAbove(items: readonly AgendaItem[], item: AgendaItem): string {
  const byId = new Map(items.map((i) => [i.id, i]));
  const seen = new Set<Id>();
  for (let at = item.parentId; at !== null && !seen.has(at);) {
    seen.add(at);
    const parent = byId.get(at);
    if (parent === undefined) break;
    if (parent.classification === 'confidential') return parent.exemption;
    at = parent.parentId;
  }
  return '';
}

/**
 * The Actions Outstanding item for a meeting, placed first on the agenda as item 1 (where the
 * minutes list the open actions of earlier meetings), or null if the meeting already has one:
 * there is at most one per meeting.
 *
 * @param current every item of the meeting
 */
export function planActionsOutstandingItem(
  current: readonly AgendaItem[],
  meetingId: Id,
  id: Id,
): PlannedItem | null {
  if (current.some((i) => i.kind === 'actions-outstanding')) return null;
  const first = current.filter((i) => i.parentId === null).sort(byPosition)[0];
  return {
    id,
    meetingId,
    parentId: null,
    position: positionBetween(null, first?.position ?? null),
    title: actionsOutstandingTitle,
    presenter: '',
    paperRefs: [],
    classification: 'public',
    exemption: '',
    plannedMinutes: null,
    status: 'pending',
    publicSummary: '',
    kind: 'actions-outstanding',
    standing: true,
    startedAt: null,
    spentSeconds: 0,
  };
}

function hasItem(items: readonly AgendaItem[], id: Id): boolean {
  return items.some((i) => i.id === id);
}

function titleKey(title: string): string {
  return tidyName(title).toLocaleLowerCase();
}

function lastPosition(positions: readonly string[]): string | null {
  let last: string | null = null;
  for (const p of positions) if (last === null || p > last) last = p;
  return last;
}
