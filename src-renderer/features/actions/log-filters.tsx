import { useId } from 'react';
import type { Meeting } from '../../domain';
import type { LogFilter, StatusFilter } from './log-entries';

/** Narrow the log by status, owner and the meeting that raised the action. */
export function LogFilters(props: {
  filter: LogFilter;
  onChange: (filter: LogFilter) => void;
  owners: readonly string[];
  meetings: readonly Meeting[];
}) {
  const { filter, onChange, owners, meetings } = props;
  const id = useId();
  const set = (patch: Partial<LogFilter>) => onChange({ ...filter, ...patch });
  return (
    <div role="search" aria-label="Filter the action log" className="row log-filters">
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={filter.status}
          onChange={(e) => set({ status: e.target.value as StatusFilter })}
        >
          <option value="all">All</option>
          <option value="open">Open</option>
          <option value="closed">Closed</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>Owner</label>
        <select
          id={`${id}-owner`}
          value={filter.owner}
          onChange={(e) => set({ owner: e.target.value })}
        >
          <option value="">Every owner</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-meeting`}>Raised at</label>
        <select
          id={`${id}-meeting`}
          value={filter.raisedAt}
          onChange={(e) => set({ raisedAt: e.target.value })}
        >
          <option value="">Any meeting</option>
          <option value="earlier">Before Minutebook (earlier)</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              Meeting {m.number}
            </option>
          ))}
        </select>
      </div>
      {(filter.status !== 'all' || filter.owner !== '' || filter.raisedAt !== '') && (
        <button
          type="button"
          onClick={() => onChange({ status: 'all', owner: '', raisedAt: '' })}
          className="clear-filters"
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
