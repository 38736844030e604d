import type { Api } from '../../src-main/ipc/contract';

export type {
  BackupInfo,
  BackupReadResult,
  BackupWriteResult,
  SaveFileRequest,
  SaveFileResult,
  UserSettings,
  UserSettingsPatch,
} from '../../src-main/ipc/contract';

/**
 * A backup shelf held in IndexedDB, which a worker can open and write itself: the database
 * name, how many recent backups it keeps, and its clock (backups are named after the time).
 */
export interface WorkerWritableShelf {
  readonly name: string;
  readonly keep: number;
  readonly now: () => Date;
}

/** Where backups are kept: files in the app's data folder, or the browser's own storage. */
export type BackupShelf = Pick<Api, 'listBackups' | 'writeBackup' | 'readBackup'> & {
  /** Present when a worker may write this shelf itself (the browser's). */
  readonly inWorker?: WorkerWritableShelf;
};

/** What the app can ask of where it runs: the preload's Api, or the browser's stand-in. */
export type Platform = Omit<Api, 'kind'> & {
  readonly kind: Api['kind'] | 'browser';
  readonly inWorker?: WorkerWritableShelf;
};

declare global {
  interface Window {
    /** Present in Electron, exposed by the preload; absent in a plain browser. */
    api?: Api;
  }
}
