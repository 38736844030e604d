import { createContext, use, useEffect, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createDataContext, type DataContext, type MinutebookDb } from '../../db';
import type { Platform } from '../../platform';
import type { AppState, AppStore } from '../../state';

interface AppServices {
  db: MinutebookDb;
  data: DataContext;
  platform: Platform;
  store: AppStore;
}

const Services = createContext<AppServices | null>(null);

/** Provides the database, the platform and the UI store to every screen. */
export function AppProvider(props: {
  db: MinutebookDb;
  platform: Platform;
  store: AppStore;
  children: ReactNode;
}) {
  const { db, platform, store } = props;
  const services = useMemo<AppServices>(
    () => ({
      db,
      platform,
      store,
      data: createDataContext(db, () => store.getState().userName),
    }),
    [db, platform, store],
  );
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
