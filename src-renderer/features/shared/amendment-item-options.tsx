import type { AgendaItem, NumberedItem } from '../../domain';

/**
 * The choices of where an amendment applies: the minutes as a whole (value ""), or an item of
 * the amended meeting, by number and title. Used by the amendment form and the approval dialog.
 */
export function AmendmentItemOptions({ items }: { items: readonly NumberedItem<AgendaItem>[] }) {
  return (
    <>
      <option value="">The minutes as a whole</option>
      {items.map(({ item, number }) => (
        <option key={item.id} value={item.id}>
          Item {number} {item.title}
        </option>
      ))}
    </>
  );
}
