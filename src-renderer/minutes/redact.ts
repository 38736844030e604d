import { byPosition, numberAgenda } from '../domain';
import type {
  Action,
  ActionUpdate,
  AgendaItem,
  ArchiveBody,
  ArchiveMeeting,
  Decision,
  MinuteBlock,
} from '../domain';
import type { Variant } from './document';

/**
 * Redaction, decided once, here: what of a meeting each variant shows. Confidentiality is a
 * property of the item, block, decision, action or update itself. The public variant shows a
 * confidential item's title and public summary only, and leaves out every confidential block,
 * decision, action and update, and anything raised inside a confidential item.
 */

/** A numbered item with its blocks in order, as the chosen variant shows them. */
export interface ShownItem {
  item: AgendaItem;
  number: string;
  depth: number;
  /** True when the public variant reduces the item to its title and summary. */
  reduced: boolean;
  blocks: MinuteBlock[];
}

/** The meeting as one variant shows it: items, actions raised, updates given. */
export interface Redacted {
  items: ShownItem[];
  /** Actions raised at this meeting that the variant shows, in reference order. */
  actions: Action[];
  /** Updates given at this meeting that the variant shows, in the order given. */
  updates: { update: ActionUpdate; action: Action }[];
  actionsById: ReadonlyMap<string, Action>;
}

const publicVariant = (variant: Variant) => variant === 'public';

/** Decisions of a block the variant shows. */
export function shownDecisions(decisions: readonly Decision[], variant: Variant): Decision[] {
  return publicVariant(variant) ? decisions.filter((d) => !d.confidential) : [...decisions];
}

/** Applies a variant to a meeting of a body. */
export function redact(body: ArchiveBody, meeting: ArchiveMeeting, variant: Variant): Redacted {
  const hide = publicVariant(variant);
  const numbered = numberAgenda(meeting.agendaItems);
  const hiddenItems = new Set(
    hide
      ? numbered.filter((n) => n.item.classification === 'confidential').map((n) => n.item.id)
      : [],
  );
  const actionsById = new Map(body.actions.map((a) => [a.id, a]));
  const actionShown = (action: Action) =>
    !hide || (!action.confidential && (action.itemId === null || !hiddenItems.has(action.itemId)));

  const items = numbered.map(({ item, number, depth }) => {
    const reduced = hiddenItems.has(item.id);
    const blocks = reduced
      ? []
      : meeting.minuteBlocks
          .filter((b) => b.itemId === item.id && !(hide && b.confidential))
          .filter((b) => b.kind !== 'action' || isShownAction(actionsById.get(b.actionId)))
          .sort(byPosition);
    return { item, number, depth, reduced, blocks };
  });
  function isShownAction(action: Action | undefined): boolean {
    return action !== undefined && actionShown(action);
  }

  const actions = body.actions
    .filter((a) => a.meetingId === meeting.id && actionShown(a))
    .sort((a, b) => a.sequence - b.sequence || compareText(a.reference, b.reference));
  const updates = body.actionUpdates
    .filter((u) => u.meetingId === meeting.id && !(hide && u.confidential))
    .flatMap((update) => {
      const action = actionsById.get(update.actionId);
      return action && actionShown(action) ? [{ update, action }] : [];
    })
    .sort(
      (a, b) =>
        compareText(a.update.createdAt, b.update.createdAt) ||
        compareText(a.update.id, b.update.id),
    );
  return { items, actions, updates, actionsById };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
