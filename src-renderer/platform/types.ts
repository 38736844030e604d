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

/** Where backups are kept: files in the app's data folder, or the browser's own storage. */
export type BackupShelf = Pick<Api, 'listBackups' | 'writeBackup' | 'readBackup'>;

/** What the app can ask of where it runs: the preload's Api, or the browser's stand-in. */
export type Platform = Omit<Api, 'kind'> & { readonly kind: Api['kind'] | 'browser' };

declare global {
  interface Window {
    /** Present in Electron, exposed by the preload; absent in a plain browser. */
    api?: Api;
  }
}
