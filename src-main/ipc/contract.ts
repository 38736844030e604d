/**
 * The IPC contract: the single source of truth for what the renderer may ask of the main
 * process. The preload's API object `satisfies Api`, and the renderer's `window.api` is typed
 * with this same `Api`. This file holds types and constants only, so both worlds can import it.
 */

/** Channel names, one per capability. */
export const channels = {
  saveFile: 'minutebook:save-file',
  getSettings: 'minutebook:get-settings',
  updateSettings: 'minutebook:update-settings',
  openChairWindow: 'minutebook:open-chair-window',
  listBackups: 'minutebook:list-backups',
  writeBackup: 'minutebook:write-backup',
  readBackup: 'minutebook:read-backup',
} as const;

export type Channel = (typeof channels)[keyof typeof channels];

/** Largest file the renderer may ask the main process to write (bytes). */
export const maxSaveBytes = 64 * 1024 * 1024;

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** A bare file name such as "SEC Panel 30 - public.pdf"; never a path. */
  suggestedName: string;
  bytes: Uint8Array;
  filters?: FileFilter[];
}

export type SaveFileFailure = 'locked' | 'disk-full' | 'permission' | 'invalid' | 'error';

export type SaveFileResult =
  | { ok: true; path: string }
  | { ok: false; reason: 'cancelled' }
  | { ok: false; reason: SaveFileFailure; message: string };

/** The settings the renderer may read and change. Window bounds stay in the main process. */
export interface UserSettings {
  userName: string;
  lastExportFolder: string | null;
}

export type UserSettingsPatch = Partial<UserSettings>;

/** How many recent backups are kept; older ones go as new ones are written… */
export const backupsKept = 30;
/** …except the last of each day, for this many days before the recent ones. */
export const backupDaysKept = 30;

/**
 * One backup: a whole archive (every body) in the app's backup folder, named
 * "minutebook-backup-YYYYMMDD-HHMMSS-mmm.json" after the UTC time it was written.
 */
export interface BackupInfo {
  name: string;
  /** ISO 8601, UTC, read from the name. */
  savedAt: string;
  bytes: number;
  /**
   * SHA-256 of the backup's content without its export time, where the shelf keeps it (the
   * browser's does): a backup compares with it without reading the text.
   */
  contentHash?: string;
}

export type BackupWriteResult =
  { ok: true; backup: BackupInfo } | { ok: false; reason: SaveFileFailure; message: string };

export type BackupReadResult =
  { ok: true; text: string } | { ok: false; reason: 'not-found' | 'error'; message: string };

/** Everything the preload exposes on `window.api`. */
export interface Api {
  readonly kind: 'electron';
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  getSettings(): Promise<UserSettings>;
  updateSettings(patch: UserSettingsPatch): Promise<UserSettings>;
  /** Opens the Chair view of a meeting in a window of its own (or focuses the open one). */
  openChairWindow(meetingId: string): Promise<void>;
  /** The backups kept, newest first. */
  listBackups(): Promise<BackupInfo[]>;
  /** Writes `text` (a serialized archive) as a new backup, atomically; keeps the newest ones. */
  writeBackup(text: string): Promise<BackupWriteResult>;
  /** The text of the backup called `name` (one of listBackups' names). */
  readBackup(name: string): Promise<BackupReadResult>;
}
