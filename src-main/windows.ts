/**
 * The one window factory. Every window gets the same locked-down preferences and the same
 * guards against navigation, pop-ups and webviews; its bounds are remembered.
 */
import { BrowserWindow, screen, shell, type WebContents, type WebPreferences } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './security';
import type { SettingsService } from './services/settings';
import { clampWindowBounds, debounce, minWindowSize, type Rect } from './window-bounds';

// Electron.BrowserWindow (what fromWebContents returns) so IPC sender checks can ask.
const ourWindows = new Set<Electron.BrowserWindow>();

/** True for a window made by createMainWindow and not yet closed. */
export function isOurWindow(window: Electron.BrowserWindow): boolean {
  return ourWindows.has(window);
}

/** The windows made by createMainWindow and not yet closed. */
export function ourOpenWindows(): Electron.BrowserWindow[] {
  return [...ourWindows];
}

/** The web preferences of every window: each security flag explicit, never a default. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** Effects the guards need; injected so tests can observe them. */
export interface GuardDeps {
  devServer: URL | null;
  openExternal: (url: string) => Promise<void>;
}

/**
 * Hands a safe http(s)/mailto link to the operating system; anything else is dropped.
 * Returns whether it was opened.
 */
export function openExternalIfSafe(
  url: string,
  openExternal: (url: string) => Promise<void>,
): boolean {
  if (!isSafeExternalUrl(url)) return false;
  openExternal(url).catch((error: unknown) => console.warn('Could not open link:', error));
  return true;
}

/**
 * Denies every new window (safe links open in the browser instead), cancels navigation and
 * redirects away from the app, and refuses to attach webviews.
 */
export function guardWebContents(contents: WebContents, deps: GuardDeps): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url, deps.openExternal);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, deps.devServer)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, deps.devServer)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface MainWindowOptions {
  /** The page to load: app://minutebook/index.html, or the dev server. */
  url: string;
  preloadPath: string;
  devServer: URL | null;
  settings: Pick<SettingsService, 'getWindowBounds' | 'setWindowBounds'>;
  openExternal?: (url: string) => Promise<void>;
  workAreas?: () => Rect[];
}

const boundsSaveDelayMs = 500;

interface SecureWindowOptions {
  url: string;
  preloadPath: string;
  devServer: URL | null;
  openExternal: ((url: string) => Promise<void>) | undefined;
  title: string;
  bounds: { x?: number | undefined; y?: number | undefined; width: number; height: number };
  maximized: boolean;
}

/**
 * Every window is made here: the secure preferences, the guards, tracking for the IPC sender
 * check, shown only once its page is ready.
 */
function createSecureWindow(options: SecureWindowOptions): BrowserWindow {
  const { bounds } = options;
  const window = new BrowserWindow({
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    show: false,
    title: options.title,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  ourWindows.add(window);
  guardWebContents(window.webContents, {
    devServer: options.devServer,
    openExternal: options.openExternal ?? ((url) => shell.openExternal(url)),
  });
  window.on('closed', () => ourWindows.delete(window));
  window.once('ready-to-show', () => {
    if (options.maximized) window.maximize();
    window.show();
  });
  window.loadURL(options.url).catch((error: unknown) => {
    console.error(`Could not load ${options.url}:`, error);
  });
  return window;
}

/** Creates a window with remembered bounds, the secure preferences and all guards. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const workAreas = options.workAreas ?? (() => screen.getAllDisplays().map((d) => d.workArea));
  const bounds = clampWindowBounds(options.settings.getWindowBounds(), workAreas());
  const window = createSecureWindow({
    url: options.url,
    preloadPath: options.preloadPath,
    devServer: options.devServer,
    openExternal: options.openExternal,
    title: 'Minutebook',
    bounds,
    maximized: bounds.maximized,
  });

  const saveBounds = (): void => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const { x, y, width, height } = window.getNormalBounds();
    options.settings.setWindowBounds({ x, y, width, height, maximized: window.isMaximized() });
  };
  const saver = debounce(saveBounds, boundsSaveDelayMs);
  window.on('move', () => saver.schedule());
  window.on('resize', () => saver.schedule());
  window.on('maximize', () => saver.schedule());
  window.on('unmaximize', () => saver.schedule());
  window.on('close', () => {
    saver.cancel();
    saveBounds();
  });
  return window;
}

export type ChairWindowOptions = Pick<
  MainWindowOptions,
  'url' | 'preloadPath' | 'devServer' | 'openExternal'
>;

/** A size that suits a projector (1280×800); the window does not touch the remembered bounds. */
export const chairWindowSize = { width: 1280, height: 800 } as const;

/**
 * A second window for the Chair view, typically dragged onto a projector. Same preferences
 * and guards as the main window; its bounds are not remembered, so it never moves the main
 * window's.
 */
export function createChairWindow(options: ChairWindowOptions): BrowserWindow {
  return createSecureWindow({
    url: options.url,
    preloadPath: options.preloadPath,
    devServer: options.devServer,
    openExternal: options.openExternal,
    title: 'Minutebook — Chair view',
    bounds: chairWindowSize,
    maximized: false,
  });
}
