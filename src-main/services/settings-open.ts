/**
 * Opening the settings file: shared by the electron-store module (settings-store.ts) and the
 * tests, which drive the same code with `conf` (the pure-Node base of electron-store).
 */
import { migrateSettings, settingsJsonSchema } from './settings';

/** The options given to electron-store / conf. */
export const settingsStoreOptions = {
  name: 'settings',
  schema: settingsJsonSchema,
  // A file that no longer passes the schema is set aside by openSettings, not cleared.
  clearInvalidConfig: false,
} as const;

/** What openSettings needs from a freshly constructed store. */
export interface OpenableStore {
  // `object` rather than Settings: the data may be at an older version until migrated.
  store: object;
}

/** Effects used when the settings file is unreadable; injected for tests. */
export interface OpenSettingsEffects {
  rename(from: string, to: string): void;
  now(): Date;
  warn(message: string): void;
}

/**
 * Constructs the store and brings its data up to the current version. A file that fails to
 * load (broken JSON, schema violation) is renamed aside, never deleted, and a fresh store is
 * opened, so the app starts and the old file can still be recovered by hand.
 */
export function openSettings<S extends OpenableStore>(
  construct: () => S,
  settingsPath: string,
  effects: OpenSettingsEffects,
): S {
  let store: S;
  try {
    store = construct();
  } catch (error) {
    const stamp = effects.now().toISOString().replace(/[:.]/g, '-');
    const aside = `${settingsPath}.invalid-${stamp}`;
    effects.rename(settingsPath, aside);
    effects.warn(`Settings file could not be read (${String(error)}); moved to ${aside}.`);
    store = construct();
  }
  const { data, changed } = migrateSettings({ ...store.store });
  if (changed) store.store = data;
  return store;
}
