import { useAgendaItems, useBody, useMeeting } from '../../db';
import {
  describeDuration,
  formatDuration,
  formatTimeOfDay,
  meetingClockSeconds,
  numberAgenda,
  projectedFinish,
  type Meeting,
} from '../../domain';
import { useServices } from '../shell/app-context';
import { ChairAgenda } from './chair-agenda';
import { ChairBar } from './chair-bar';
import { ChairCommands } from './chair-commands';
import { CurrentItem } from './current-item';
import { useChairTheme } from './theme-choice';
import { useNow } from './use-now';
import { useRunCommands } from './use-run-commands';
import { Gone } from '../shared/gone';
import './chair.css';
import './chair-theme.css';

/**
 * The Chair view, made for a projector: the current item large, its time against its plan,
 * the meeting clock and projected finish, the agenda with ticks, and the Chair's commands.
 * Everything is read live from the database, so a second window shows the same.
 */
export function ChairPage({ meetingId }: { meetingId: string }) {
  const { db } = useServices();
  const meeting = useMeeting(db, meetingId);
  const items = useAgendaItems(db, meetingId);
  const body = useBody(db, meeting?.bodyId ?? '');
  const now = useNow();
  const commands = useRunCommands(meetingId);
  const [theme, setTheme] = useChairTheme();

  if (meeting === undefined || items === undefined) return <p aria-busy="true">Loading…</p>;
  if (meeting === null) return <Gone what="meeting" />;

  const numbered = numberAgenda(items);
  const current = numbered.find((n) => n.depth === 0 && n.item.status === 'current');
  const upNext = numbered.find(
    (n) => n.depth === 0 && n.item.status === 'pending' && n !== current,
  );
  // Before the start it reads "if we started now"; after the close there is nothing to project.
  const finish =
    meeting.status === 'live' || meeting.status === 'draft' ? projectedFinish(items, now) : null;
  const plannedMinutes = numbered
    .filter((n) => n.depth === 0)
    .reduce((sum, n) => sum + (n.item.plannedMinutes ?? 0), 0);

  return (
    <div className="chair-view" data-theme={theme}>
      <ChairBar
        meeting={meeting}
        body={body}
        now={now}
        finish={finish}
        theme={theme}
        onTheme={setTheme}
      />
      <div className="chair-body">
        {current ? (
          <CurrentItem item={current.item} number={current.number} now={now} />
        ) : (
          <NoCurrentItem
            meeting={meeting}
            now={now}
            empty={numbered.length === 0}
            plannedMinutes={plannedMinutes}
          />
        )}
        <ChairAgenda
          numbered={numbered}
          now={now}
          live={meeting.status === 'live'}
          commands={commands}
        />
      </div>
      <ChairCommands meeting={meeting} current={current} upNext={upNext} commands={commands} />
    </div>
  );
}

function NoCurrentItem(props: {
  meeting: Meeting;
  now: number;
  empty: boolean;
  plannedMinutes: number;
}) {
  const { meeting, now, empty, plannedMinutes } = props;
  const planned = plannedMinutes > 0 ? ` Planned: ${describeDuration(plannedMinutes * 60)}.` : '';
  const closedAt = meeting.closedAt === null ? null : Date.parse(meeting.closedAt);
  const message =
    meeting.status === 'draft'
      ? empty
        ? 'The agenda is empty. Add items on the Agenda page, then start the meeting.'
        : `The meeting has not started. It is due at ${meeting.startTime}.${planned}`
      : meeting.status === 'live'
        ? 'No item is under discussion. Take up an item, or close the meeting.'
        : `The meeting closed${closedAt === null ? '' : ` at ${formatTimeOfDay(closedAt)}`}, after ${formatDuration(meetingClockSeconds(meeting, now))}.`;
  return (
    <section className="chair-current chair-idle" aria-labelledby="chair-idle-title">
      <h2 id="chair-idle-title" className="chair-title">
        {meeting.status === 'draft'
          ? 'Not started'
          : meeting.status === 'live'
            ? 'Between items'
            : 'Meeting closed'}
      </h2>
      <p className="chair-idle-message">{message}</p>
    </section>
  );
}
