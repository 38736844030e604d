import {
  formatDuration,
  itemElapsedSeconds,
  type AgendaItem,
  type ItemStatus,
  type NumberedItem,
} from '../../domain';
import type { RunCommands } from './use-run-commands';
import './chair-agenda.css';

const marks: Record<ItemStatus, string> = {
  done: '✓',
  current: '▶',
  deferred: '↷',
  withdrawn: '✕',
  pending: '',
};

const statusWords: Record<ItemStatus, string> = {
  done: 'Done',
  current: 'Now',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
  pending: '',
};

function timeNote(item: AgendaItem, now: number): string {
  if (item.status === 'done' || item.status === 'current') {
    return formatDuration(itemElapsedSeconds(item, now));
  }
  return item.plannedMinutes === null ? '' : `${String(item.plannedMinutes)} min`;
}

/**
 * The whole agenda at a glance: ticks against finished items, the current one highlighted,
 * deferred and withdrawn items marked in words. A deferred item can be taken up again.
 */
export function ChairAgenda(props: {
  numbered: readonly NumberedItem<AgendaItem>[];
  now: number;
  live: boolean;
  commands: RunCommands;
}) {
  const { numbered, now, live, commands } = props;
  return (
    <section className="chair-agenda" aria-labelledby="chair-agenda-heading">
      <h2 id="chair-agenda-heading">Agenda</h2>
      <ol aria-label="Agenda items and their progress">
        {numbered.map(({ item, number, depth }) => {
          const top = depth === 0;
          const status = top ? item.status : 'pending';
          // Waiting items come up with Next; only a deferred one needs taking up by hand.
          const canTakeUp = live && top && status === 'deferred';
          return (
            <li
              key={item.id}
              className={`chair-row chair-row-${status} ${top ? '' : 'chair-row-sub'}`}
              aria-current={status === 'current' ? 'step' : undefined}
              data-testid="chair-agenda-item"
              data-status={status}
            >
              <span className="chair-mark" aria-hidden="true">
                {marks[status]}
              </span>
              <span className="chair-row-number">{number}</span>
              <span className="chair-row-title">
                {item.title}
                {statusWords[status] !== '' && (
                  <span className="chair-row-word">{statusWords[status]}</span>
                )}
              </span>
              <span className="chair-row-time">{top ? timeNote(item, now) : ''}</span>
              {canTakeUp && (
                <button
                  type="button"
                  className="chair-take-up"
                  aria-label={`Take up item ${number} now`}
                  disabled={commands.takeUp.busy}
                  onClick={() => commands.takeUp.act(item.id)}
                >
                  Take up
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
