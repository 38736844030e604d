import { Link } from 'wouter';
import {
  describeDuration,
  formatDuration,
  formatTimeOfDay,
  meetingClockSeconds,
  meetingStatusLabels,
  type Body,
  type Meeting,
} from '../../domain';
import { unplannedNote, type FinishEstimate } from './finish-estimate';
import { ThemeChoice, type ChairTheme } from './theme-choice';

/** A slim bar: the way back, which meeting, and the clocks the Chair watches. */
export function ChairBar(props: {
  meeting: Meeting;
  body: Body | null | undefined;
  now: number;
  finish: FinishEstimate | null;
  theme: ChairTheme;
  onTheme: (theme: ChairTheme) => void;
}) {
  const { meeting, body, now, finish } = props;
  const clock = meetingClockSeconds(meeting, now);
  const note = finish === null ? '' : unplannedNote(finish);
  return (
    <header className="chair-bar-top">
      <Link href={`/meetings/${meeting.id}`} className="chair-back">
        ← Agenda
      </Link>
      <h1 className="chair-heading">
        {body?.name ?? ''} meeting {meeting.number}
        <span className={`status status-${meeting.status}`}>
          {meetingStatusLabels[meeting.status]}
        </span>
      </h1>
      <dl className="chair-stats">
        <div>
          <dt>Meeting time</dt>
          <dd data-testid="meeting-clock">
            <span aria-hidden="true">{formatDuration(clock)}</span>
            <span className="visually-hidden">{describeDuration(clock)}</span>
          </dd>
        </div>
        {finish !== null && (
          <div>
            <dt>Projected finish</dt>
            <dd data-testid="projected-finish">{formatTimeOfDay(finish.at)}</dd>
            {note !== '' && (
              <dd className="chair-stat-note" data-testid="projected-finish-note">
                {note}
              </dd>
            )}
          </div>
        )}
        <div>
          <dt>Time now</dt>
          <dd>{formatTimeOfDay(now)}</dd>
        </div>
      </dl>
      <ThemeChoice value={props.theme} onChange={props.onTheme} />
    </header>
  );
}
