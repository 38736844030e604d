import { describeDuration, formatDuration, type TimeState } from '../../domain';

const stateWords: Record<TimeState, string> = {
  none: 'No time planned',
  ok: 'On time',
  amber: 'Nearly out of time',
  red: 'Over time',
};

/** What the state means for the Chair, in words: the colour is never the only signal. */
function stateDetail(state: TimeState, elapsed: number, planned: number | null): string {
  if (planned === null) return '';
  if (state === 'red') return `by ${formatDuration(elapsed - planned)}`;
  return `${formatDuration(planned - elapsed)} left`;
}

/** Time used on the item against time planned: a large clock, a bar, and the state in words. */
export function ItemTimer({
  elapsed,
  plannedMinutes,
  state,
}: {
  elapsed: number;
  plannedMinutes: number | null;
  state: TimeState;
}) {
  const planned = plannedMinutes === null || plannedMinutes <= 0 ? null : plannedMinutes * 60;
  const share = planned === null ? 0 : Math.min(1, elapsed / planned);
  const detail = stateDetail(state, elapsed, planned);
  return (
    <div className={`chair-timer time-${state}`} data-testid="item-timer" data-state={state}>
      <p className="chair-clock">
        <span className="visually-hidden">
          Time used: {describeDuration(elapsed)}
          {planned === null ? '' : ` of ${describeDuration(planned)} planned`}.
        </span>
        <span aria-hidden="true" data-testid="item-clock">
          {formatDuration(elapsed)}
        </span>
        {planned !== null && (
          <span className="chair-clock-planned" aria-hidden="true">
            {' '}
            / {formatDuration(planned)}
          </span>
        )}
      </p>
      {planned !== null && (
        <div className="chair-bar" aria-hidden="true">
          <div className="chair-bar-fill" style={{ width: `${String(share * 100)}%` }} />
          <div className="chair-bar-amber-mark" />
        </div>
      )}
      <p className="chair-state" aria-live="polite" data-testid="item-state">
        <strong>{stateWords[state]}</strong>
        {detail !== '' && (
          <span className="chair-state-detail">
            {state === 'red' ? ' ' : ' · '}
            {detail}
          </span>
        )}
      </p>
    </div>
  );
}
