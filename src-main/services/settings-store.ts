/**
 * The one place electron-store is constructed. Unit tests never import this module (a real
 * electron-store import needs the Electron binary); they test settings-open.ts with `conf`.
 */
import { renameSync } from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import Store from 'electron-store';
import type { Settings } from './settings';
import { openSettings, settingsStoreOptions } from './settings-open';

/** Opens (creating or migrating) the settings file in the user's data folder. */
export function openSettingsStore(): Store<Settings> {
  const settingsPath = path.join(app.getPath('userData'), `${settingsStoreOptions.name}.json`);
  return openSettings(() => new Store<Settings>(settingsStoreOptions), settingsPath, {
    rename: renameSync,
    now: () => new Date(),
    warn: (message) => console.warn(message),
  });
}
