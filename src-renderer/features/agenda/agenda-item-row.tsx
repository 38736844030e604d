import { useCallback, type KeyboardEvent, type ReactNode } from 'react';
import { addItem, deleteItem, moveItem, restoreItems, type ItemPatch } from '../../db';
import type { AgendaItem, ConfidentialBy } from '../../domain';
import { EditableText } from '../shared/editable-text';
import { useAction } from '../shared/use-action';
import { useQueued } from '../shared/use-queued';
import { useSaveField, useServices } from '../shell/app-context';
import { ClassificationSelect } from './classification-select';
import { ExemptionField } from './exemption-field';
import { ItemFacts, KindBadge } from './item-facts';
import { PaperChips, PaperRefsField } from './paper-refs';
import { PlannedMinutes } from './planned-minutes';
import { StandingTick } from './standing-tick';

interface Props {
  item: AgendaItem;
  number: string;
  depth: number;
  /** Marked confidential ('own'), inside a confidential item ('inherited'), or public. */
  confidentialBy: ConfidentialBy;
  locked: boolean;
  isFirst: boolean;
  isLast: boolean;
  /** The drag handle, or null where the agenda cannot be reordered. */
  handle: ReactNode;
}

/**
 * One agenda item's card: its number, its fields (saved as typed) and its commands. Tab goes
 * through all the fields first — title, presenter, planned time, classification, papers,
 * standing, public summary — and then the commands, so typing on after a Tab never lands on
 * a button.
 */
export function AgendaItemRow(props: Props) {
  const { item, number, depth, confidentialBy, locked, isFirst, isLast, handle } = props;
  const { data, store } = useServices();
  const saveField = useSaveField();
  const save = useCallback(
    (patch: ItemPatch, expected?: ItemPatch) =>
      saveField({ op: 'updateItem', id: item.id, patch, expected }),
    [saveField, item.id],
  );
  const move = useQueued((direction: -1 | 1) => moveItem(data, item.id, direction));
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

  // Alt+↑ / Alt+↓ anywhere in the card moves the item, so reordering needs no mouse.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || locked) return;
    if (e.key === 'ArrowUp' && !isFirst) {
      e.preventDefault();
      move(-1);
    } else if (e.key === 'ArrowDown' && !isLast) {
      e.preventDefault();
      move(1);
    }
  };

  // Its number, or its title when the body numbers nothing.
  const label = number !== '' ? `item ${number}` : `“${item.title}”`;
  const kindClass = item.kind === 'actions-outstanding' ? ' kind-actions' : '';
  return (
    <div className={`agenda-card ${item.classification}${kindClass}`} onKeyDown={onKeyDown}>
      <span className="item-number" aria-hidden="true">
        {number}
      </span>
      <div className="card-title">
        {locked ? (
          <strong className="item-title">{item.title}</strong>
        ) : (
          <EditableText
            label={`Title of ${label}`}
            hideLabel
            className="item-title"
            value={item.title}
            onCommit={(title, was) => save({ title }, { title: was })}
          />
        )}
        <KindBadge item={item} confidentialBy={confidentialBy} />
      </div>
      <div className="card-meta">
        {locked ? (
          <ItemFacts item={item} />
        ) : (
          <>
            <EditableText
              label="Presenter"
              value={item.presenter}
              onCommit={(presenter, was) => save({ presenter }, { presenter: was })}
            />
            <PlannedMinutes
              value={item.plannedMinutes}
              onCommit={(plannedMinutes, was) => save({ plannedMinutes }, { plannedMinutes: was })}
            />
            {confidentialBy === 'inherited' ? (
              <p className="field muted">Classification: confidential, as the item it is in</p>
            ) : (
              <ClassificationSelect
                value={item.classification}
                onChange={(classification) => void save({ classification })}
              />
            )}
          </>
        )}
      </div>
      <div className="card-extra">
        {locked ? (
          <PaperChips itemLabel={label} refs={item.paperRefs} />
        ) : (
          <>
            <PaperRefsField
              itemLabel={label}
              value={item.paperRefs}
              onCommit={(paperRefs, was) => save({ paperRefs }, { paperRefs: was })}
            />
            <StandingTick
              value={item.standing}
              onCommit={(standing, was) => save({ standing }, { standing: was })}
            />
          </>
        )}
      </div>
      {!locked && confidentialBy === 'own' && (
        <div className="card-summary">
          <EditableText
            label="Public summary"
            multiline
            maxLength={5000}
            value={item.publicSummary}
            onCommit={(publicSummary, was) => save({ publicSummary }, { publicSummary: was })}
            placeholder="What the public minutes say of this item"
          />
          {depth === 0 && (
            <ExemptionField
              value={item.exemption}
              onCommit={(exemption, was) => save({ exemption }, { exemption: was })}
            />
          )}
        </div>
      )}
      {/* The commands and the drag handle come last in tab order, after every field; the grid
          still shows the commands top right and the handle at the left. */}
      {!locked && (
        <div className="card-commands" role="group" aria-label={`Commands for ${label}`}>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${label} up`}
            title="Move up (Alt+↑)"
            disabled={isFirst}
            onClick={() => move(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${label} down`}
            title="Move down (Alt+↓)"
            disabled={isLast}
            onClick={() => move(1)}
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
      <div className="card-handle">{handle}</div>
    </div>
  );
}
