import { useCallback, useId, type KeyboardEvent } from 'react';
import { addItem, deleteItem, moveItem, restoreItems, type ItemPatch } from '../../db';
import type { AgendaItem, Classification } from '../../domain';
import { EditableText } from '../shared/editable-text';
import { useAction } from '../shared/use-action';
import { useSaveField, useServices } from '../shell/app-context';
import { PlannedMinutes } from './planned-minutes';

interface Props {
  item: AgendaItem;
  number: string;
  depth: number;
  locked: boolean;
  isFirst: boolean;
  isLast: boolean;
}

/** One agenda item: its number, its fields (saved as typed) and its commands. */
export function AgendaItemRow({ item, number, depth, locked, isFirst, isLast }: Props) {
  const { data, store } = useServices();
  const saveField = useSaveField();
  const save = useCallback(
    (patch: ItemPatch) => saveField({ op: 'updateItem', id: item.id, patch }),
    [saveField, item.id],
  );
  const move = useAction((direction: -1 | 1) => moveItem(data, item.id, direction));
  const addSub = useAction(() =>
    addItem(data, item.meetingId, { title: 'New sub-item', parentId: item.id }).then(
      () => undefined,
    ),
  );
  const remove = useAction(async () => {
    const removed = await deleteItem(data, item.id);
    store.getState().notify({
      tone: 'info',
      message: `Item ${number} “${item.title}” deleted.`,
      undo: () => restoreItems(data, removed),
    });
  });

  // Alt+↑ / Alt+↓ anywhere in the row moves the item, so reordering needs no mouse.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || locked) return;
    if (e.key === 'ArrowUp' && !isFirst) {
      e.preventDefault();
      move.act(-1);
    } else if (e.key === 'ArrowDown' && !isLast) {
      e.preventDefault();
      move.act(1);
    }
  };

  const label = `item ${number}`;
  return (
    <li
      className={`agenda-item depth-${String(Math.min(depth, 3))} ${item.classification}`}
      data-testid="agenda-item"
      aria-label={`Item ${number}: ${item.title}`}
      onKeyDown={onKeyDown}
    >
      <span className="item-number" aria-hidden="true">
        {number}
      </span>
      <div className="item-fields">
        {locked ? (
          <strong className="item-title">{item.title}</strong>
        ) : (
          <>
            <EditableText
              label={`Title of ${label}`}
              hideLabel
              className="item-title"
              value={item.title}
              onCommit={(title) => save({ title })}
            />
            <div className="row item-meta">
              <EditableText
                label="Presenter"
                value={item.presenter}
                onCommit={(presenter) => save({ presenter })}
              />
              <PlannedMinutes
                value={item.plannedMinutes}
                onCommit={(plannedMinutes) => save({ plannedMinutes })}
              />
              <ClassificationSelect
                value={item.classification}
                onChange={(classification) => void save({ classification })}
              />
            </div>
            {item.classification === 'confidential' && (
              <EditableText
                label="Public summary"
                multiline
                maxLength={5000}
                value={item.publicSummary}
                onCommit={(publicSummary) => save({ publicSummary })}
                placeholder="What the public minutes say of this item"
              />
            )}
          </>
        )}
      </div>
      {!locked && (
        <div className="item-commands" role="group" aria-label={`Commands for ${label}`}>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${label} up`}
            title="Move up (Alt+↑)"
            disabled={isFirst || move.busy}
            onClick={() => move.act(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${label} down`}
            title="Move down (Alt+↓)"
            disabled={isLast || move.busy}
            onClick={() => move.act(1)}
          >
            ↓
          </button>
          {depth === 0 && (
            <button type="button" onClick={() => addSub.act()} disabled={addSub.busy}>
              Add sub-item
            </button>
          )}
          <button
            type="button"
            className="danger"
            aria-label={`Delete ${label}`}
            onClick={() => remove.act()}
            disabled={remove.busy}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

function ClassificationSelect(props: {
  value: Classification;
  onChange: (value: Classification) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Classification</label>
      <select
        id={id}
        value={props.value}
        onChange={(e) =>
          props.onChange(e.target.value === 'confidential' ? 'confidential' : 'public')
        }
      >
        <option value="public">Public</option>
        <option value="confidential">Confidential</option>
      </select>
    </div>
  );
}
