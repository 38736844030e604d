import { createBrowserPlatform } from './browser';
import type { Platform } from './types';

export type * from './types';
export { createBrowserPlatform } from './browser';

/** The platform this renderer runs on: the preload's API in Electron, else the browser's. */
export function detectPlatform(): Platform {
  return window.api ?? createBrowserPlatform(window.localStorage, window.document);
}
