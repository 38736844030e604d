import { useState, type SubmitEvent } from 'react';
import { useLocation } from 'wouter';
import { createMeeting, useSuggestedMeetingNumber } from '../../db';
import { validateMeetingInput, type FieldErrors, type MeetingInput } from '../../domain';
import { todayIso } from '../shared/dates';
import { FormField } from '../shared/form-field';
import { useAction } from '../shared/use-action';
import { useServices } from '../shell/app-context';

interface Draft {
  /** What was typed; null until then, the number suggested is shown. */
  number: string | null;
  date: string;
  startTime: string;
  venue: string;
}

/**
 * Schedules a body's next meeting; the number is suggested (one after the highest, kept current
 * as meetings are added or imported until a number is typed), the date defaults to today.
 */
export function NewMeetingForm({ bodyId }: { bodyId: string }) {
  const { data } = useServices();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<Draft>({
    number: null,
    date: todayIso(),
    startTime: '10:00',
    venue: '',
  });
  const [errors, setErrors] = useState<FieldErrors<keyof MeetingInput>>({});
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const suggested = useSuggestedMeetingNumber(data, bodyId);
  const number = draft.number ?? (suggested === undefined ? '' : String(suggested));

  const { act, busy } = useAction(async () => {
    const input: MeetingInput = { ...draft, number: Number(number) };
    const found = validateMeetingInput(input, []);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const id = await createMeeting(data, bodyId, input);
    navigate(`/meetings/${id}`);
  });
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    act();
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="new-meeting-heading" noValidate>
      <h3 id="new-meeting-heading">New meeting</h3>
      <div className="row">
        <FormField
          label="Number"
          inputMode="numeric"
          value={number}
          onValue={set('number')}
          error={errors.number}
          size={6}
        />
        <FormField
          label="Date"
          type="date"
          value={draft.date}
          onValue={set('date')}
          error={errors.date}
        />
        <FormField
          label="Time"
          type="time"
          value={draft.startTime}
          onValue={set('startTime')}
          error={errors.startTime}
        />
      </div>
      <FormField
        label="Venue"
        placeholder="Room 3, or Teleconference"
        value={draft.venue}
        onValue={set('venue')}
        error={errors.venue}
      />
      <button type="submit" className="primary" disabled={busy}>
        Create meeting
      </button>
    </form>
  );
}
