import type { AgendaItem, NumberedItem } from '../../domain';

/**
 * How a list names an item of a meeting: "Item 4: Budget report" by the number its documents
 * print, or its title alone when the body numbers nothing.
 */
export function itemChoiceLabel({ item, number }: NumberedItem<AgendaItem>): string {
  return number !== '' ? `Item ${number}: ${item.title}` : item.title;
}

/** "item 4", or "the item “Budget report”" when the body numbers nothing: an item in a sentence. */
export function itemInSentence(number: string | undefined, title: string | undefined): string {
  if (number === undefined) return 'an item no longer on the agenda';
  return number !== '' ? `item ${number}` : `the item “${title ?? ''}”`;
}

/**
 * The choices of where an amendment applies: the minutes as a whole (value ""), or an item of
 * the amended meeting, by the number its documents print and its title. Used by the amendment form and the approval dialog.
 */
export function AmendmentItemOptions({ items }: { items: readonly NumberedItem<AgendaItem>[] }) {
  return (
    <>
      <option value="">The minutes as a whole</option>
      {items.map((n) => (
        <option key={n.item.id} value={n.item.id}>
          {itemChoiceLabel(n)}
        </option>
      ))}
    </>
  );
}
