import { useEffect, useState, type ReactNode } from 'react';
import { openDatabase, type MinutebookDb } from '../../db';

type Opening =
  | { state: 'opening' }
  | { state: 'blocked' }
  | { state: 'open' }
  | { state: 'failed'; message: string };

/**
 * Opens the database before anything is shown, and says so when it cannot: a database from a
 * newer version of Minutebook, one held by an older copy in another window, one that fails to
 * open. Nothing is reset; what was typed and not yet saved stays in the journal.
 */
export function Startup(props: { db: MinutebookDb; children: ReactNode }) {
  const [opening, setOpening] = useState<Opening>({ state: 'opening' });
  useEffect(() => {
    let live = true;
    openDatabase(props.db, { onBlocked: () => live && setOpening({ state: 'blocked' }) }).then(
      () => {
        if (live) setOpening({ state: 'open' });
        // Ask the browser to keep the data under storage pressure (shown on Backups).
        // (StorageManager is missing where the page is not a secure context.)
        const storage = navigator.storage as StorageManager | undefined;
        void storage?.persist().catch(() => undefined);
      },
      (error: unknown) => {
        if (live)
          setOpening({
            state: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      live = false;
    };
  }, [props.db]);
  switch (opening.state) {
    case 'open':
      return props.children;
    case 'opening':
      return (
        <p className="startup" aria-busy="true">
          Opening Minutebook…
        </p>
      );
    case 'blocked':
      return (
        <div className="startup" role="alert">
          <h1>Waiting for another Minutebook window</h1>
          <p>
            An older copy of Minutebook is open in another window or tab and holds the data. Close
            it, and this window goes on by itself.
          </p>
        </div>
      );
    case 'failed':
      return (
        <div className="startup" role="alert">
          <h1>Minutebook cannot open its data</h1>
          <p>{opening.message}</p>
          <button type="button" onClick={() => window.location.reload()}>
            Try again
          </button>
        </div>
      );
  }
}
