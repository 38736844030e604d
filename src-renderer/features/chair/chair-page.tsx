import { useAgendaItems, useBody, useMeeting, useMinuteNumbersOf } from '../../db';
import { numberAgenda } from '../../domain';
import { withMinuteNumbers } from '../../domain/minute-numbering';
import { useServices } from '../shell/app-context';
import { ChairAgenda } from './chair-agenda';
import { ChairBar } from './chair-bar';
import { ChairCommands } from './chair-commands';
import { chairSituation } from './chair-situation';
import { CurrentItem } from './current-item';
import { defaultUnplannedMinutes, estimateFinish } from './finish-estimate';
import { IdlePanel } from './idle-panel';
import { useChairTheme } from './theme-choice';
import { useNow } from './use-now';
import { useRunCommands } from './use-run-commands';
import { Gone } from '../shared/gone';
import { chairKeys } from '../shared/screen-keys';
import { ScreenShortcuts } from '../shared/shortcuts-dialog';
import './chair.css';
import './chair-theme.css';

/**
 * The Chair view, made for a projector: the current item large, its time against its plan,
 * the meeting clock and projected finish, the agenda with ticks, and the Chair's commands.
 * It fills the window and no more: only the agenda scrolls, so the clocks and the commands
 * stay in sight. Everything is read live from the database, so a second window shows the same.
 */
export function ChairPage({ meetingId }: { meetingId: string }) {
  const { db } = useServices();
  const meeting = useMeeting(db, meetingId);
  const items = useAgendaItems(db, meetingId);
  const numbers = useMinuteNumbersOf(db, meetingId, items);
  const body = useBody(db, meeting?.bodyId ?? '');
  const now = useNow();
  const commands = useRunCommands(meetingId);
  const [theme, setTheme] = useChairTheme();

  if (meeting === undefined || items === undefined) return <p aria-busy="true">Loading…</p>;
  if (meeting === null) return <Gone what="meeting" />;

  const numbered = withMinuteNumbers(numberAgenda(items), numbers);
  const situation = chairSituation(meeting.status, numbered);
  const current = situation.kind === 'current' ? situation.current : undefined;
  const upNext =
    situation.kind === 'current' || situation.kind === 'between' ? situation.next : undefined;
  // Before the start it reads "if we started now"; after the close there is nothing to project.
  // Items with no planned time count at the body's own default.
  const finish =
    meeting.status === 'live' || meeting.status === 'draft'
      ? estimateFinish(items, now, body?.unplannedItemMinutes ?? defaultUnplannedMinutes)
      : null;
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
        {situation.kind === 'current' ? (
          <CurrentItem item={situation.current.item} number={situation.current.number} now={now} />
        ) : (
          <IdlePanel
            situation={situation}
            meeting={meeting}
            now={now}
            plannedMinutes={plannedMinutes}
            commands={commands}
          />
        )}
        <ChairAgenda
          numbered={numbered}
          now={now}
          live={meeting.status === 'live'}
          nextId={meeting.status === 'live' ? (upNext?.item.id ?? null) : null}
          commands={commands}
        />
      </div>
      <ChairCommands meeting={meeting} current={current} upNext={upNext} commands={commands} />
      <ScreenShortcuts keys={chairKeys} />
    </div>
  );
}
