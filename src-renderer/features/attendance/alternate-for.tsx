import { useId } from 'react';
import { useMeeting, useMembers, type AttendancePatch } from '../../db';
import type { Attendance } from '../../domain';
import { useServices } from '../shell/app-context';

interface Props {
  row: Attendance;
  who: string;
  save: (patch: AttendancePatch, expected?: AttendancePatch) => Promise<void>;
  onError: (error: unknown) => void;
}

/**
 * For a present alternate of the body: the voting member whose vote they hold at this meeting,
 * printed "(alternate for Jane Smith)" and counted once for the quorum. Nothing for anyone else.
 */
export function AlternateFor({ row, who, save, onError }: Props) {
  const { db } = useServices();
  const id = useId();
  const meeting = useMeeting(db, row.meetingId);
  const members = useMembers(db, meeting?.bodyId ?? '');
  const self = members?.find((m) => m.id === row.memberId);
  if (row.role !== 'present' || self?.role !== 'alternate') return null;
  const voting = (members ?? []).filter((m) => m.role === 'member');
  return (
    <div className="field alternate-for">
      <label htmlFor={id}>Votes for</label>
      <select
        id={id}
        aria-label={`${who} votes for`}
        value={row.forMemberId ?? ''}
        onChange={(e) => {
          const forMemberId = e.target.value === '' ? null : e.target.value;
          save({ forMemberId }, { forMemberId: row.forMemberId }).catch(onError);
        }}
      >
        <option value="">Nobody</option>
        {voting.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}
