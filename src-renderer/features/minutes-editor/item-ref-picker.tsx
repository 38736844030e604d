import { useState } from 'react';
import { useMinuteNumbers, useNumberedAgenda } from '../../db';
import type { Id } from '../../domain';
import { itemRefsIn, resolveItemRefs } from '../../domain/item-refs';
import { useServices } from '../shell/app-context';
import { ParagraphPreview } from './text-blocks';

/**
 * "Insert reference to item…": a button beside a paragraph field that opens a list of the
 * meeting's items (by the numbers the minutes print) and inserts the chosen one's reference
 * token at the caret. The list is read only once opened, so a page of paragraphs runs no query
 * per field.
 */
export function ItemRefPicker(props: { meetingId: Id; where: string; onPick: (id: Id) => void }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Insert reference to item…
      </button>
    );
  return <ItemRefList {...props} onClose={() => setOpen(false)} />;
}

function ItemRefList(props: {
  meetingId: Id;
  where: string;
  onPick: (id: Id) => void;
  onClose: () => void;
}) {
  const { db } = useServices();
  const numbered = useNumberedAgenda(db, props.meetingId) ?? [];
  return (
    <select
      aria-label={`Insert reference to item, ${props.where}`}
      value=""
      autoFocus
      onBlur={props.onClose}
      onChange={(e) => {
        if (e.target.value !== '') props.onPick(e.target.value);
        props.onClose();
      }}
    >
      <option value="">Insert reference to item…</option>
      {numbered.map((n) => (
        <option key={n.item.id} value={n.item.id}>
          {`${n.number} ${n.item.title}`.trim()}
        </option>
      ))}
    </select>
  );
}

/**
 * How a paragraph with references reads: each token as its item's current number. Only a
 * paragraph that holds a reference reads the numbers.
 */
export function RefPreview(props: { text: string; meetingId: Id }) {
  return itemRefsIn(props.text).length === 0 ? null : <ResolvedRefs {...props} />;
}

function ResolvedRefs(props: { text: string; meetingId: Id }) {
  const { db } = useServices();
  const numbers = useMinuteNumbers(db, props.meetingId);
  if (numbers === undefined) return null;
  return (
    <ParagraphPreview
      text={resolveItemRefs(props.text, (id) => numbers.get(id))}
      label="How the paragraph reads"
    />
  );
}
