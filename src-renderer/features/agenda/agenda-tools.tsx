import { lazy, Suspense, useState } from 'react';
import {
  addActionsOutstandingItem,
  addStandingItems,
  useMeetings,
  type StandingCopied,
} from '../../db';
import type { Meeting } from '../../domain';
import { useAction } from '../shared/use-action';
import { useServices } from '../shell/app-context';

// The import dialog (its preview, and on first use the Word reader) loads when it is opened.
const AgendaImportDialog = lazy(() =>
  import('./agenda-import-dialog').then((m) => ({ default: m.AgendaImportDialog })),
);

/**
 * Commands that build an agenda in one go: the Actions Outstanding item, the standing items
 * of the body's previous meeting, and an agenda pasted or opened from a Word file. Each
 * reports what it did; a refusal (a second Actions Outstanding item, a locked meeting) comes
 * back as a message from the data layer.
 */
export function AgendaTools({ meeting }: { meeting: Meeting }) {
  const { db, data, store } = useServices();
  const meetings = useMeetings(db, meeting.bodyId);
  const previous = meetings?.find((m) => m.number < meeting.number);
  const notify = (message: string) => store.getState().notify({ tone: 'info', message });
  const addActions = useAction(async () => {
    await addActionsOutstandingItem(data, meeting.id);
    notify('“Minutes and Actions Outstanding” added as item 1.');
  });
  const addStanding = useAction(async () => {
    notify(standingMessage(await addStandingItems(data, meeting.id)));
  });
  const [importing, setImporting] = useState(false);
  return (
    <div className="agenda-tools" role="group" aria-label="Build the agenda">
      <button type="button" onClick={() => addActions.act()} disabled={addActions.busy}>
        Add Actions Outstanding item
      </button>
      {previous && (
        <button type="button" onClick={() => addStanding.act()} disabled={addStanding.busy}>
          Add standing items from meeting {previous.number}
        </button>
      )}
      <button type="button" onClick={() => setImporting(true)} aria-haspopup="dialog">
        Import agenda…
      </button>
      {importing && (
        <Suspense fallback={<span aria-busy="true">Opening the import…</span>}>
          <AgendaImportDialog meeting={meeting} onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </div>
  );
}

function standingMessage({ from, added, skipped }: StandingCopied): string {
  const already =
    skipped.length === 0
      ? ''
      : ` Already on this agenda: ${skipped.map((t) => `“${t}”`).join(', ')}.`;
  if (added > 0) {
    const items = added === 1 ? '1 item' : `${String(added)} items`;
    return `${items} added from the standing items of meeting ${String(from)}.${already}`;
  }
  if (skipped.length > 0)
    return `Nothing added: the standing items of meeting ${String(from)} are already on this agenda.`;
  return `Meeting ${String(from)} has no standing items. Tick “Standing item” on its agenda to carry items forward.`;
}
