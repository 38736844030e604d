import { useId, useState, type SubmitEvent } from 'react';
import { addInterest } from '../../db';
import type { Member } from '../../domain';
import { useAction } from '../shared/use-action';
import { useServices } from '../shell/app-context';

/** A choice of item: the whole meeting, or an item by its number. */
export interface ItemChoice {
  id: string;
  label: string;
}

interface Props {
  meetingId: string;
  members: readonly Member[];
  items: readonly ItemChoice[];
  /** The body's default: a member who declares an interest withdraws. */
  withdrawal: boolean;
}

const typed = '__typed__';

/** Adds a declaration: who, which item (or the whole meeting), the interest, the flags. */
export function AddInterest({ meetingId, members, items, withdrawal }: Props) {
  const { data } = useServices();
  const id = useId();
  const [who, setWho] = useState(members[0]?.id ?? typed);
  const [name, setName] = useState('');
  const [itemId, setItemId] = useState('');
  const [interest, setInterest] = useState('');
  const [withdrew, setWithdrew] = useState<boolean | null>(null);
  const [confidential, setConfidential] = useState(false);
  const member = members.find((m) => m.id === who);
  const add = useAction(async () => {
    const sent = { interest, name, withdrew, confidential };
    // Cleared at once, so that the next declaration can be typed (and its ticks set) while
    // this one is written; if it is refused, what was sent comes back unless the next has begun.
    setInterest('');
    setName('');
    setWithdrew(null);
    setConfidential(false);
    try {
      await addInterest(data, meetingId, {
        memberId: member?.id ?? null,
        name: member ? undefined : sent.name,
        itemId: itemId === '' ? null : itemId,
        interest: sent.interest,
        withdrew: sent.withdrew ?? withdrawal,
        confidential: sent.confidential,
      });
    } catch (refused) {
      setInterest((now) => (now === '' ? sent.interest : now));
      setName((now) => (now === '' ? sent.name : now));
      setWithdrew((now) => now ?? sent.withdrew);
      setConfidential((now) => now || sent.confidential);
      throw refused;
    }
  });
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    add.act();
  };
  return (
    <form className="card form interests-add" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Add a declaration</h3>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-who`}>Who</label>
          <select
            id={`${id}-who`}
            value={member ? who : typed}
            onChange={(e) => setWho(e.target.value)}
          >
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
            <option value={typed}>Someone else (type the name)</option>
          </select>
        </div>
        {!member && (
          <div className="field grow">
            <label htmlFor={`${id}-name`}>Name</label>
            <input
              id={`${id}-name`}
              value={name}
              maxLength={200}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
        )}
        <div className="field grow">
          <label htmlFor={`${id}-item`}>Concerning</label>
          <select id={`${id}-item`} value={itemId} onChange={(e) => setItemId(e.target.value)}>
            <option value="">The whole meeting</option>
            {items.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-interest`}>Interest</label>
        <input
          id={`${id}-interest`}
          value={interest}
          placeholder="Director of a supplier named in the paper"
          onChange={(e) => setInterest(e.target.value)}
        />
      </div>
      <div className="row">
        <label className="check-field">
          <input
            type="checkbox"
            checked={withdrew ?? withdrawal}
            onChange={(e) => setWithdrew(e.target.checked)}
          />
          Withdrew
        </label>
        <label className="check-field">
          <input
            type="checkbox"
            checked={confidential}
            onChange={(e) => setConfidential(e.target.checked)}
          />
          Confidential
        </label>
        <button type="submit" disabled={add.busy}>
          Add the declaration
        </button>
      </div>
    </form>
  );
}
