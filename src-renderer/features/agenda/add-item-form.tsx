import { useId, useState, type FormEvent } from 'react';
import { addItem } from '../../db';
import { useAction } from '../shared/use-action';
import { useServices } from '../shell/app-context';

/** Adds an item at the end of the agenda; Enter adds, and the field stays ready for the next. */
export function AddItemForm({ meetingId }: { meetingId: string }) {
  const { data } = useServices();
  const id = useId();
  const [title, setTitle] = useState('');
  const { act, busy } = useAction(async () => {
    if (title.trim() === '') return;
    await addItem(data, meetingId, { title });
    setTitle('');
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    act();
  };
  return (
    <form className="add-item" onSubmit={submit}>
      <label htmlFor={id}>New agenda item</label>
      <div className="row">
        <input
          id={id}
          type="text"
          value={title}
          maxLength={500}
          placeholder="e.g. Minutes and Actions Outstanding"
          onChange={(e) => setTitle(e.target.value)}
        />
        <button type="submit" className="primary" disabled={busy || title.trim() === ''}>
          Add item
        </button>
      </div>
    </form>
  );
}
