/**
 * The settings model: its shape, its JSON schema for electron-store, its versioned
 * migrations (pure functions) and a typed wrapper over any `{ get, set, store }` store, so
 * handlers and tests never need electron-store itself (see settings-store.ts).
 */
import type { UserSettings, UserSettingsPatch } from '../ipc/contract';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Settings {
  /** Version of the stored shape; migrations bring older files up to `settingsVersion`. */
  settingsVersion: number;
  userName: string;
  lastExportFolder: string | null;
  windowBounds: WindowBounds | null;
}

export const settingsVersion = 1;

export const defaultSettings: Readonly<Settings> = {
  settingsVersion,
  userName: '',
  lastExportFolder: null,
  windowBounds: null,
};

/**
 * JSON schema of each property (electron-store's `schema` option). Extra root keys are
 * allowed so an older file still loads and can be migrated; migrations run after this
 * validation, so a property must never change its type in place — rename it instead.
 */
export const settingsJsonSchema = {
  // No default: a missing version must read as 0 so an old file is migrated, not stamped.
  settingsVersion: { type: 'integer', minimum: 0 },
  userName: { type: 'string', maxLength: 200, default: '' },
  lastExportFolder: { type: ['string', 'null'], maxLength: 4096, default: null },
  windowBounds: {
    default: null,
    oneOf: [
      { type: 'null' },
      {
        type: 'object',
        additionalProperties: false,
        required: ['width', 'height', 'maximized'],
        properties: {
          x: { type: 'integer' },
          y: { type: 'integer' },
          width: { type: 'integer', minimum: 1 },
          height: { type: 'integer', minimum: 1 },
          maximized: { type: 'boolean' },
        },
      },
    ],
  },
} as const;

type StoredData = Record<string, unknown>;
/** One migration step: takes data at version N-1, returns data at version N. Pure. */
export type Migration = (data: Readonly<StoredData>) => StoredData;

/** `migrations[n]` upgrades version n-1 to n. Append-only: never edit a released step. */
export const migrations: Readonly<Record<number, Migration>> = {
  // v0 (0.0.x previews) stored the export folder as `exportFolder`.
  1: (data) => {
    const { exportFolder, ...rest } = data;
    const folder = typeof exportFolder === 'string' ? exportFolder : null;
    return { ...rest, lastExportFolder: rest.lastExportFolder ?? folder };
  },
};

/**
 * Brings stored data up to `target`, one step at a time. A file without `settingsVersion` is
 * version 0. A file from a newer app is left alone rather than downgraded.
 */
export function migrateSettings(
  data: Readonly<StoredData>,
  steps: Readonly<Record<number, Migration>> = migrations,
  target: number = settingsVersion,
): { data: StoredData; changed: boolean } {
  const stored = data.settingsVersion;
  let version = typeof stored === 'number' && Number.isInteger(stored) ? stored : 0;
  if (version >= target) return { data: { ...data }, changed: false };
  let current: StoredData = { ...data };
  while (version < target) {
    version += 1;
    const step = steps[version];
    if (step === undefined) throw new Error(`No settings migration to version ${version}.`);
    current = { ...step(current), settingsVersion: version };
  }
  return { data: current, changed: true };
}

/** The part of electron-store (and conf) the wrapper needs. */
export interface SettingsStoreLike {
  get<K extends keyof Settings>(key: K): Settings[K];
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
  readonly store: Settings;
}

/** The typed settings API used by IPC handlers and the window factory. */
export interface SettingsService {
  getUserSettings(): UserSettings;
  updateUserSettings(patch: UserSettingsPatch): UserSettings;
  getWindowBounds(): WindowBounds | null;
  setWindowBounds(bounds: WindowBounds): void;
}

/** Wraps a store in the typed settings API. */
export function createSettingsService(store: SettingsStoreLike): SettingsService {
  const getUserSettings = (): UserSettings => ({
    userName: store.get('userName'),
    lastExportFolder: store.get('lastExportFolder'),
  });
  return {
    getUserSettings,
    updateUserSettings(patch) {
      if (patch.userName !== undefined) store.set('userName', patch.userName);
      if (patch.lastExportFolder !== undefined) {
        store.set('lastExportFolder', patch.lastExportFolder);
      }
      return getUserSettings();
    },
    getWindowBounds: () => store.get('windowBounds'),
    setWindowBounds: (bounds) => store.set('windowBounds', bounds),
  };
}
