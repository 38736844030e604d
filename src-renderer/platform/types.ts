import type { Api } from '../../src-main/ipc/contract';

export type {
  SaveFileRequest,
  SaveFileResult,
  UserSettings,
  UserSettingsPatch,
} from '../../src-main/ipc/contract';

/** What the app can ask of where it runs: the preload's Api, or the browser's stand-in. */
export type Platform = Omit<Api, 'kind'> & { readonly kind: Api['kind'] | 'browser' };

declare global {
  interface Window {
    /** Present in Electron, exposed by the preload; absent in a plain browser. */
    api?: Api;
  }
}
