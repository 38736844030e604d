import { useId } from 'react';
import {
  removeInterest,
  restoreInterest,
  useInterests,
  useNumberedAgenda,
  type InterestPatch,
} from '../../db';
import { limits, type Interest, type Member } from '../../domain';
import { itemChoiceLabel } from '../shared/amendment-item-options';
import { EditableText } from '../shared/editable-text';
import { useAction } from '../shared/use-action';
import { useReportError } from '../shared/use-report-error';
import { useSaveField, useServices } from '../shell/app-context';
import { AddInterest, type ItemChoice } from './interests-add';
import './interests.css';

interface Props {
  meetingId: string;
  members: readonly Member[];
  withdrawal: boolean;
  locked: boolean;
}

/** The meeting's declarations of interest: each one editable, and a form to add one. */
export function InterestsSection({ meetingId, members, withdrawal, locked }: Props) {
  const { db } = useServices();
  const id = useId();
  const interests = useInterests(db, meetingId);
  const items: ItemChoice[] = (useNumberedAgenda(db, meetingId) ?? []).map((n) => ({
    id: n.item.id,
    label: itemChoiceLabel(n),
  }));
  return (
    <section className="card interests" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Declarations of interest</h2>
      {interests === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : interests.length === 0 ? (
        <p className="hint">No declarations of interest.</p>
      ) : (
        <ul className="interest-list">
          {interests.map((d) => (
            <InterestRow key={d.id} interest={d} items={items} locked={locked} />
          ))}
        </ul>
      )}
      {!locked && (
        <AddInterest
          meetingId={meetingId}
          members={members}
          items={items}
          withdrawal={withdrawal}
        />
      )}
    </section>
  );
}

function InterestRow(props: { interest: Interest; items: readonly ItemChoice[]; locked: boolean }) {
  const { interest: d, items, locked } = props;
  const { data, store } = useServices();
  const report = useReportError();
  const saveField = useSaveField();
  const label = `declaration of ${d.name}`;
  // Through the journal, each over the value this window saw: a change made meanwhile in
  // another window is refused as stale (and the text field merges), never overwritten.
  const save = (patch: InterestPatch, expected: InterestPatch) =>
    saveField({ op: 'updateInterest', id: d.id, patch, expected });
  const remove = useAction(async () => {
    const removed = await removeInterest(data, d.id);
    if (removed === null) return;
    store.getState().notify({
      tone: 'info',
      message: `The declaration of ${d.name} removed.`,
      undo: () => restoreInterest(data, removed),
    });
  });
  const where = d.itemId === null ? '' : d.itemId;
  return (
    <li className="interest-row" aria-label={`Declaration of ${d.name}`}>
      <strong className="interest-name">{d.name}</strong>
      <select
        aria-label={`Item of the ${label}`}
        value={where}
        disabled={locked}
        onChange={(e) =>
          void save(
            { itemId: e.target.value === '' ? null : e.target.value },
            { itemId: d.itemId },
          ).catch(report)
        }
      >
        <option value="">The whole meeting</option>
        {items.map((i) => (
          <option key={i.id} value={i.id}>
            {i.label}
          </option>
        ))}
        {where !== '' && !items.some((i) => i.id === where) && (
          <option value={where}>An item no longer on the agenda</option>
        )}
      </select>
      <EditableText
        label={`Interest of the ${label}`}
        hideLabel
        value={d.interest}
        maxLength={limits.longText}
        onCommit={(interest, was) => save({ interest }, { interest: was })}
      />
      <label className="check-field">
        <input
          type="checkbox"
          checked={d.withdrew}
          disabled={locked}
          aria-label={`Withdrew: ${label}`}
          onChange={(e) =>
            void save({ withdrew: e.target.checked }, { withdrew: d.withdrew }).catch(report)
          }
        />
        <span aria-hidden="true">Withdrew</span>
      </label>
      <label className="check-field">
        <input
          type="checkbox"
          checked={d.confidential}
          disabled={locked}
          aria-label={`Confidential: ${label}`}
          onChange={(e) =>
            void save({ confidential: e.target.checked }, { confidential: d.confidential }).catch(
              report,
            )
          }
        />
        <span aria-hidden="true">Confidential</span>
      </label>
      {!locked && (
        <button
          type="button"
          className="icon-button danger"
          aria-label={`Remove the ${label}`}
          disabled={remove.busy}
          onClick={() => remove.act()}
        >
          ×
        </button>
      )}
    </li>
  );
}
