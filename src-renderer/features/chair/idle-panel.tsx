import {
  describeDuration,
  formatDuration,
  formatTimeOfDay,
  meetingClockSeconds,
  type AgendaItem,
  type Meeting,
  type NumberedItem,
} from '../../domain';
import type { ChairSituation } from './chair-situation';
import { CloseMeetingButton } from './close-meeting-button';
import type { RunCommands } from './use-run-commands';

type Idle = Exclude<ChairSituation, { kind: 'current' }>;

const headings: Record<Idle['kind'], string> = {
  empty: 'Not started',
  'not-started': 'Not started',
  between: 'Between items',
  'agenda-done': 'Agenda done',
  closed: 'Meeting closed',
};

/** "5. Testing Update", as the Chair reads it out. */
const named = (n: NumberedItem<AgendaItem>): string => `${n.number}. ${n.item.title}`;

/**
 * The main panel when no item is under discussion: before the start, between items, once the
 * agenda is done, after the close. It always says which, and offers the step that follows.
 */
export function IdlePanel(props: {
  situation: Idle;
  meeting: Meeting;
  now: number;
  plannedMinutes: number;
  commands: RunCommands;
}) {
  const { situation, meeting, now, plannedMinutes, commands } = props;
  return (
    <section
      className="chair-current chair-idle"
      aria-labelledby="chair-idle-title"
      data-testid="chair-idle"
      data-situation={situation.kind}
    >
      <h2 id="chair-idle-title" className="chair-title">
        {headings[situation.kind]}
      </h2>
      {situation.kind === 'empty' && (
        <p className="chair-idle-message">
          The agenda is empty. Add items on the Agenda page, then start the meeting.
        </p>
      )}
      {situation.kind === 'not-started' && (
        <>
          <p className="chair-idle-message">
            The meeting has not started. It is due at {meeting.startTime}.
            {plannedMinutes > 0 ? ` Planned: ${describeDuration(plannedMinutes * 60)}.` : ''}
          </p>
          {situation.first && <NextUp label="First" item={situation.first} />}
        </>
      )}
      {situation.kind === 'between' && (
        <>
          <NextUp label="Next" item={situation.next} />
          <div className="chair-idle-actions">
            <button
              type="button"
              className="primary chair-big"
              aria-keyshortcuts="N"
              disabled={commands.next.busy}
              onClick={() => commands.next.act(null)}
            >
              Start item {situation.next.number} <kbd aria-hidden="true">N</kbd>
            </button>
          </div>
        </>
      )}
      {situation.kind === 'agenda-done' && (
        <>
          <p className="chair-idle-message" data-testid="chair-idle-message">
            Every item has been taken up.{deferredNote(situation.deferred)}
          </p>
          <div className="chair-idle-actions">
            <CloseMeetingButton
              commands={commands}
              currentNumber={null}
              className="primary chair-big"
            />
          </div>
        </>
      )}
      {situation.kind === 'closed' && <ClosedMessage meeting={meeting} now={now} />}
    </section>
  );
}

/** What is still open once the agenda is done: the deferred items, which can be taken up. */
function deferredNote(deferred: readonly NumberedItem<AgendaItem>[]): string {
  if (deferred.length === 0) return '';
  const which = deferred.length === 1 ? 'it' : 'them';
  return ` Deferred: ${deferred.map(named).join('; ')} — take ${which} up from the agenda, or close the meeting.`;
}

function NextUp({ label, item }: { label: string; item: NumberedItem<AgendaItem> }) {
  const planned = item.item.plannedMinutes;
  return (
    <p className="chair-idle-next" data-testid="chair-idle-next">
      <span className="chair-idle-next-label">{label}:</span> {named(item)}
      {planned !== null && <span className="muted"> · {planned} min</span>}
    </p>
  );
}

function ClosedMessage({ meeting, now }: { meeting: Meeting; now: number }) {
  const closedAt = meeting.closedAt === null ? null : Date.parse(meeting.closedAt);
  return (
    <p className="chair-idle-message">
      The meeting closed{closedAt === null ? '' : ` at ${formatTimeOfDay(closedAt)}`}, after{' '}
      {formatDuration(meetingClockSeconds(meeting, now))}.
    </p>
  );
}
