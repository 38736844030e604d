import { byPosition, confidentialityOf } from '../domain';
import { inPrivatePart, numberArchiveMeeting } from '../domain/minute-numbering';
import type {
  Action,
  ActionUpdate,
  AgendaItem,
  ArchiveBody,
  ConfidentialBy,
  ArchiveMeeting,
  Decision,
  MinuteBlock,
} from '../domain';
import type { Variant } from './document';

/**
 * Redaction, decided once, here: what of a meeting each variant shows. What is confidential is
 * the domain's rule ({@link confidentialityOf}): a record's own flag, or a confidential item
 * around it. The public variant shows a confidential item's title and public summary only,
 * leaves out the items inside it altogether, and leaves out every confidential block,
 * decision, action and update.
 */

/** A numbered item with its blocks in order, as the chosen variant shows them. */
export interface ShownItem {
  item: AgendaItem;
  number: string;
  depth: number;
  /** True when the item has sub-items on the agenda, whether or not this variant shows them. */
  hasSubItems: boolean;
  /** True when the public variant reduces the item to its title and summary. */
  reduced: boolean;
  /** Why the item is confidential (its own classification, or an item above it), or false. */
  confidential: ConfidentialBy;
  /** True for an item of the private part (a confidential top-level item, or inside one). */
  privatePart: boolean;
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
  /**
   * What a cross-reference to an item of the meeting prints: its number, whether or not this
   * variant shows the item (a number is not confidential), or, when the body prints no
   * numbers, its title if the variant shows it. Undefined for an item that is not there.
   */
  refText: (itemId: string) => string | undefined;
}

const publicVariant = (variant: Variant) => variant === 'public';

/** Decisions of a block the variant shows. */
export function shownDecisions(decisions: readonly Decision[], variant: Variant): Decision[] {
  return publicVariant(variant) ? decisions.filter((d) => !d.confidential) : [...decisions];
}

/** Applies a variant to a meeting of a body. */
export function redact(body: ArchiveBody, meeting: ArchiveMeeting, variant: Variant): Redacted {
  const hide = publicVariant(variant);
  // Every meeting's items: an update given here may be to an action raised at an earlier one.
  const meetings = [...body.meetings.filter((m) => m.id !== meeting.id), meeting];
  const rule = confidentialityOf(
    meetings.flatMap((m) => m.agendaItems),
    body.actions,
  );
  const actionsById = new Map(body.actions.map((a) => [a.id, a]));
  const actionShown = (action: Action | undefined) =>
    action !== undefined && (!hide || !rule.action(action));

  // Running numbers count the earlier meetings the archive holds (the whole body's, in the app).
  const numbered = numberArchiveMeeting(body, meeting);
  const parents = new Set(meeting.agendaItems.map((i) => i.parentId));
  let inPrivate = false;
  const items = numbered.flatMap(({ item, number, depth }) => {
    if (depth === 0) inPrivate = inPrivatePart(body, item);
    const privatePart = inPrivate;
    const confidential = rule.itemBy(item.id);
    // An item inside a confidential item is not in the public minutes at all.
    if (hide && confidential === 'inherited') return [];
    const reduced = hide && confidential === 'own';
    const blocks = reduced
      ? []
      : meeting.minuteBlocks
          .filter((b) => b.itemId === item.id && !(hide && rule.block(b)))
          .filter((b) => b.kind !== 'action' || actionShown(actionsById.get(b.actionId)))
          .sort(byPosition);
    const hasSubItems = parents.has(item.id);
    return [{ item, number, depth, hasSubItems, reduced, confidential, privatePart, blocks }];
  });
  const numbers = new Map(numbered.map((n) => [n.item.id, n.number]));
  const titles = new Map(items.map((s) => [s.item.id, s.item.title]));
  const refText = (itemId: string) => {
    const number = numbers.get(itemId);
    if (number === undefined || number !== '') return number;
    return titles.get(itemId) ?? 'a private item';
  };

  // An action raised here is listed where its entry in the minutes is shown: one declassified
  // since keeps its entry in a confidential item as confidential as that item.
  const actions = body.actions
    .filter((a) => a.meetingId === meeting.id && actionShown(a) && !(hide && rule.item(a.itemId)))
    .sort((a, b) => a.sequence - b.sequence || compareText(a.reference, b.reference));
  const updates = body.actionUpdates
    .filter((u) => u.meetingId === meeting.id && !(hide && rule.update(u)))
    .flatMap((update) => {
      const action = actionsById.get(update.actionId);
      return action && actionShown(action) ? [{ update, action }] : [];
    })
    .sort(
      (a, b) =>
        compareText(a.update.createdAt, b.update.createdAt) ||
        compareText(a.update.id, b.update.id),
    );
  return { items, actions, updates, actionsById, refText };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
