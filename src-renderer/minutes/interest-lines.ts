import type { ArchiveMeeting, Id, Interest } from '../domain';
import { byPosition } from '../domain';
import type { DocBlock, Variant } from './document';
import type { ShownItem } from './redact';

/**
 * Declarations of interest in the minutes: a section after the attendance listing each one,
 * and beside the item concerned "Helen Brooks declared an interest (…) and withdrew for this
 * item." The name is printed as recorded. A declaration flagged confidential, or on an item
 * that is confidential (its own or inherited), or on an item the public minutes do not show,
 * is printed in the confidential minutes only.
 */

export const interestWords = {
  heading: 'Declarations of interest',
  declared: 'declared an interest',
  withdrewItem: 'and withdrew for this item',
  withdrewMeeting: 'and withdrew from the meeting',
} as const;

type Typeset = (text: string) => string;

/** The declarations a variant prints, in the order they were made. */
export function shownInterests(
  meeting: Pick<ArchiveMeeting, 'interests'>,
  items: readonly ShownItem[],
  variant: Variant,
): Interest[] {
  const byId = new Map(items.map((s) => [s.item.id, s]));
  return [...meeting.interests].sort(byPosition).filter((d) => {
    if (variant === 'confidential') return true;
    if (d.confidential) return false;
    if (d.itemId === null) return true;
    const shown = byId.get(d.itemId);
    return shown !== undefined && shown.confidential === false;
  });
}

function sentence(d: Interest, where: string, withdrew: string, typeset: Typeset): string {
  const what = d.interest.trim();
  const interest = what === '' ? '' : ` (${typeset(what)})`;
  return `${typeset(d.name.trim())} ${interestWords.declared}${where}${interest}${d.withdrew ? ` ${withdrew}` : ''}.`;
}

/** "item 4", or the item's title when the body numbers nothing: "the item “Budget report”". */
function itemName(shown: ShownItem, typeset: Typeset): string {
  return shown.number !== ''
    ? `item ${shown.number}`
    : `the item “${typeset(shown.item.title.trim())}”`;
}

/** The section after the attendance: a heading and one paragraph per declaration. */
export function interestSection(
  interests: readonly Interest[],
  items: readonly ShownItem[],
  typeset: Typeset,
): DocBlock[] {
  if (interests.length === 0) return [];
  const shown = new Map(items.map((s) => [s.item.id, s]));
  return [
    { kind: 'heading', level: 1, number: '', text: interestWords.heading },
    ...interests.map((d): DocBlock => {
      const item = d.itemId === null ? undefined : shown.get(d.itemId);
      const text =
        item === undefined
          ? sentence(d, '', interestWords.withdrewMeeting, typeset)
          : sentence(d, ` in ${itemName(item, typeset)}`, interestWords.withdrewItem, typeset);
      return { kind: 'paragraph', text };
    }),
  ];
}

/** The lines beside one item: each declaration on it. */
export function itemInterestLines(
  interests: readonly Interest[],
  itemId: Id,
  typeset: Typeset,
): DocBlock[] {
  return interests
    .filter((d) => d.itemId === itemId)
    .map((d) => ({
      kind: 'paragraph',
      text: sentence(d, '', interestWords.withdrewItem, typeset),
    }));
}
