import { createContext, use, useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import {
  createDataContext,
  WriteJournal,
  type DataContext,
  type FieldWrite,
  type MinutebookDb,
} from '../../db';
import type { Platform } from '../../platform';
import type { AppState, AppStore } from '../../state';
import { BackupKeeper } from '../backups/backup-keeper';

interface AppServices {
  db: MinutebookDb;
  data: DataContext;
  journal: WriteJournal;
  platform: Platform;
  store: AppStore;
  /** Writes backups of everything to the platform's backup shelf. */
  backups: BackupKeeper;
}

const Services = createContext<AppServices | null>(null);

/** Provides the database, the platform and the UI store to every screen. */
export function AppProvider(props: {
  db: MinutebookDb;
  platform: Platform;
  store: AppStore;
  journal: WriteJournal;
  children: ReactNode;
}) {
  const { db, platform, store, journal } = props;
  const services = useMemo<AppServices>(() => {
    const data = createDataContext(db, () => store.getState().userName);
    return {
      db,
      platform,
      store,
      journal,
      data,
      backups: new BackupKeeper(db, platform, data.now),
    };
  }, [db, platform, store, journal]);
  useEffect(() => {
    journal
      .replay(services.data)
      .then(({ applied, aside }) => {
        const edits = (n: number) => `${String(n)} edit${n === 1 ? '' : 's'}`;
        if (applied > 0)
          store.getState().notify({
            tone: 'info',
            message: `${edits(applied)} from the last session recovered.`,
          });
        if (aside > 0)
          store.getState().notify({
            tone: 'error',
            message: `${edits(aside)} from the last session could not be put back where typed; ${aside === 1 ? 'it is' : 'they are'} kept under “Edits kept aside” on the Backups screen.`,
          });
      })
      .catch((error: unknown) => console.error('Could not replay the edit journal:', error));
  }, [journal, services.data, store]);
  useEffect(() => {
    let live = true;
    void platform.getSettings().then((s) => {
      if (live) store.getState().setUserName(s.userName);
    });
    return () => {
      live = false;
    };
  }, [platform, store]);
  return <Services value={services}>{props.children}</Services>;
}

export function useServices(): AppServices {
  const services = use(Services);
  if (!services) throw new Error('useServices must be used inside <AppProvider>.');
  return services;
}

/** Reads one field (or a derived value) of the UI store. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useServices().store, selector);
}

/** Saves a field edit through the write-ahead journal, so a reload or a crash cannot lose it. */
export function useSaveField(): (write: FieldWrite) => Promise<void> {
  const { data, journal } = useServices();
  return useCallback((write: FieldWrite) => journal.write(data, write), [data, journal]);
}
