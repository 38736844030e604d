import { createBrowserPlatform } from './browser';
import type { BackupShelf, Platform } from './types';

export type * from './types';
export { createBrowserPlatform } from './browser';

/**
 * The platform this renderer runs on: the preload's API in Electron, else the browser's, which
 * keeps its backups on `browserBackups` (made only when there is no preload).
 */
export function detectPlatform(browserBackups: () => BackupShelf): Platform {
  return (
    window.api ?? createBrowserPlatform(window.localStorage, window.document, browserBackups())
  );
}
