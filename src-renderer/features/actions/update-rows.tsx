import { useCallback } from 'react';
import { editUpdates, removeUpdates, type UpdatePatch } from '../../db';
import { limits, type Id, type UpdateRow } from '../../domain';
import { EditableText } from '../shared/editable-text';
import { useAction } from '../shared/use-action';
import { useSaveField, useServices } from '../shell/app-context';
import { Tag } from './tag';

/** No row being edited. */
export const noUpdates: ReadonlySet<Id> = new Set();

/**
 * The updates given at this meeting, one row per set of identical words, as the minutes print
 * them ("SECP20/04, 23/08 & 28/06"). The words save as they are typed.
 */
export function UpdateRows(props: {
  rows: readonly UpdateRow[];
  locked: boolean;
  /** Given in a confidential Actions Outstanding item: every update is confidential. */
  inConfidence: boolean;
  /** Actions confidential by the domain's rule: their updates are confidential too. */
  confidentialActions: ReadonlySet<string>;
  /** The updates of the row whose words are being edited (focused), or none. */
  onEditing: (updates: ReadonlySet<Id>) => void;
}) {
  const { rows, locked, inConfidence, confidentialActions, onEditing } = props;
  if (rows.length === 0) return <p className="empty">No update given at this meeting yet.</p>;
  return (
    <table className="update-table">
      <caption>Updates given at this meeting, as the minutes will print them</caption>
      <thead>
        <tr>
          <th scope="col">Action reference</th>
          <th scope="col">Update</th>
          {!locked && (
            <th scope="col">
              <span className="visually-hidden">Commands</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          // Keyed by its first update, so editing the words does not remount the field.
          <UpdateRowView
            key={row.updates[0]?.id ?? row.label}
            row={row}
            locked={locked}
            onEditing={onEditing}
            inConfidence={
              inConfidence || row.updates.some((u) => confidentialActions.has(u.actionId))
            }
          />
        ))}
      </tbody>
    </table>
  );
}

/** `inConfidence`: confidential whatever its tick, by its item or by an action it updates. */
function UpdateRowView(props: {
  row: UpdateRow;
  locked: boolean;
  inConfidence: boolean;
  onEditing: (updates: ReadonlySet<Id>) => void;
}) {
  const { row, locked, inConfidence, onEditing } = props;
  const { data } = useServices();
  const saveField = useSaveField();
  const ids = row.updates.map((u) => u.id);
  const idsKey = ids.join(' ');
  // The words go through the write-ahead journal, so a reload straight after typing loses nothing.
  const saveText = useCallback(
    (text: string, was: string) => {
      const all = idsKey.split(' ');
      return saveField({
        op: 'updateActionUpdates',
        id: all[0] ?? '',
        ids: all,
        patch: { text },
        expected: { text: was },
      });
    },
    [saveField, idsKey],
  );
  const edit = useAction((patch: UpdatePatch) => editUpdates(data, ids, patch));
  const remove = useAction(() => removeUpdates(data, ids));
  const allClose = row.updates.every((u) => u.closes);
  const allConfidential = row.updates.every((u) => u.confidential);

  return (
    <tr className={row.confidential ? 'confidential' : undefined} data-testid="update-row">
      <th scope="row" className="action-ref">
        {row.label}
        {row.confidential && <Tag kind="confidential">Confidential</Tag>}
        {row.closes.length > 0 && (
          <Tag kind="closed">
            {row.closes.length === row.references.length
              ? 'Closed'
              : `Closes ${row.closes.join(', ')}`}
          </Tag>
        )}
      </th>
      <td
        // While its words are focused the row keeps to itself (updateRowsAt's `apart`).
        onFocus={() => onEditing(new Set(ids))}
        onBlur={(e) => {
          // Focus moving within the cell (to a conflict's choices) is still editing.
          if (!e.currentTarget.contains(e.relatedTarget)) onEditing(noUpdates);
        }}
      >
        {locked ? (
          <p className="update-text">{row.text}</p>
        ) : (
          <EditableText
            label={`Update for ${row.label}`}
            hideLabel
            multiline
            maxLength={limits.longText}
            // The words as stored (the row's own are trimmed): a write is checked against them.
            value={row.updates[0]?.text ?? row.text}
            onCommit={saveText}
          />
        )}
      </td>
      {!locked && (
        <td className="update-commands">
          <div>
            <label className="act-tick">
              <input
                type="checkbox"
                checked={allClose}
                disabled={edit.busy}
                onChange={(e) => edit.act({ closes: e.target.checked })}
              />
              Closes
              <span className="visually-hidden"> {row.label}</span>
            </label>
            <label className="act-tick">
              <input
                type="checkbox"
                checked={allConfidential || inConfidence}
                disabled={edit.busy || inConfidence}
                onChange={(e) => edit.act({ confidential: e.target.checked })}
              />
              Confidential
              <span className="visually-hidden"> update for {row.label}</span>
            </label>
            <button
              type="button"
              className="danger"
              disabled={remove.busy}
              onClick={() => remove.act()}
              aria-label={`Remove the update for ${row.label}`}
            >
              Remove
            </button>
          </div>
        </td>
      )}
    </tr>
  );
}
