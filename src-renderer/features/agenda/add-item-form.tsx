import { useId, useState, type SubmitEvent } from 'react';
import { addItem } from '../../db';
import { useReportError } from '../shared/use-report-error';
import { useServices } from '../shell/app-context';

/**
 * Adds an item at the end of the agenda. The field clears at once so the next title can be
 * typed straight away; each Enter queues its own write (Dexie runs them in order), and a
 * failed write puts its title back.
 */
export function AddItemForm({ meetingId }: { meetingId: string }) {
  const { data } = useServices();
  const report = useReportError();
  const id = useId();
  const [title, setTitle] = useState('');
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const submitted = title;
    if (submitted.trim() === '') return;
    setTitle('');
    addItem(data, meetingId, { title: submitted }).catch((error: unknown) => {
      setTitle((current) => (current === '' ? submitted : current));
      report(error);
    });
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
        <button type="submit" className="primary" disabled={title.trim() === ''}>
          Add item
        </button>
      </div>
    </form>
  );
}
