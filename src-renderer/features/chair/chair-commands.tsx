import { useMemo } from 'react';
import type { AgendaItem, Meeting, NumberedItem } from '../../domain';
import { CloseMeetingButton } from './close-meeting-button';
import type { RunCommands } from './use-run-commands';
import { useShortcuts } from './use-shortcuts';

interface Props {
  meeting: Meeting;
  current: NumberedItem<AgendaItem> | undefined;
  upNext: NumberedItem<AgendaItem> | undefined;
  commands: RunCommands;
}

/** The Chair's commands, with single-key shortcuts: N next item, D defer, W withdraw. */
export function ChairCommands({ meeting, current, upNext, commands }: Props) {
  const live = meeting.status === 'live';
  const { next, defer, withdraw, start } = commands;
  const currentId = current?.item.id ?? null;
  const canNext = live && (current !== undefined || upNext !== undefined);

  const keys = useMemo(
    () => ({
      n: canNext ? () => next.act(currentId) : null,
      d: live && current ? () => defer.act(current.item, current.number) : null,
      w: live && current ? () => withdraw.act(current.item, current.number) : null,
    }),
    [canNext, live, current, currentId, next, defer, withdraw],
  );
  useShortcuts(keys);

  if (meeting.status === 'draft') {
    return (
      <div className="chair-commands" role="group" aria-label="Chair’s commands">
        <button
          type="button"
          className="primary chair-big"
          disabled={start.busy}
          onClick={() => start.act()}
        >
          Start meeting
        </button>
      </div>
    );
  }
  if (!live) return null;
  return (
    <div className="chair-commands" role="group" aria-label="Chair’s commands">
      <button
        type="button"
        className="primary chair-big"
        aria-keyshortcuts="N"
        disabled={!canNext || next.busy}
        onClick={() => next.act(currentId)}
      >
        {current && !upNext ? 'Finish item' : 'Next item'} <kbd aria-hidden="true">N</kbd>
      </button>
      <button
        type="button"
        aria-keyshortcuts="D"
        disabled={!current || defer.busy}
        onClick={() => current && defer.act(current.item, current.number)}
      >
        Defer <kbd aria-hidden="true">D</kbd>
      </button>
      <button
        type="button"
        aria-keyshortcuts="W"
        disabled={!current || withdraw.busy}
        onClick={() => current && withdraw.act(current.item, current.number)}
      >
        Withdraw <kbd aria-hidden="true">W</kbd>
      </button>
      {/* Between items the panel names the next item itself. */}
      {current && upNext ? (
        <UpNext item={upNext} label="Next" />
      ) : (
        <span className="chair-up-next" />
      )}
      <CloseMeetingButton
        commands={commands}
        currentNumber={current?.number ?? null}
        className="danger"
      />
    </div>
  );
}

function UpNext({ item, label }: { item: NumberedItem<AgendaItem>; label: string }) {
  return (
    <p className="chair-up-next" data-testid="up-next">
      <span className="chair-up-next-label">{label}:</span> {item.number} {item.item.title}
      {item.item.plannedMinutes !== null && (
        <span className="muted"> · {item.item.plannedMinutes} min</span>
      )}
    </p>
  );
}
