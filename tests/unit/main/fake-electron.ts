/**
 * A hand-made fake of the parts of `electron` the main process and preload use. vitest
 * aliases `electron` to this file (vitest.config.ts), because importing the real module
 * under Node tries to download the Electron binary. Everything records what it was asked,
 * so tests assert on behaviour; resetFakeElectron() gives each test a clean slate.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface FakeNavigationEvent {
  url: string;
  preventDefault: () => void;
  defaultPrevented: boolean;
}

/** A navigation-like event whose preventDefault is observable. */
export function navigationEvent(url: string): FakeNavigationEvent {
  const event: FakeNavigationEvent = {
    url,
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

interface FakeRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((w) => !w.destroyed);
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
  }

  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  bounds: FakeRect;
  visible = false;
  focused = false;
  minimized = false;
  maximized = false;
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    const num = (key: string, fallback: number): number => {
      const value = options[key];
      return typeof value === 'number' ? value : fallback;
    };
    this.bounds = {
      x: num('x', 0),
      y: num('y', 0),
      width: num('width', 800),
      height: num('height', 600),
    };
    BrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  restore(): void {
    this.minimized = false;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds(): FakeRect {
    return { ...this.bounds };
  }
  close(): void {
    this.emit('close');
    this.destroyed = true;
    this.emit('closed');
  }
}

type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, InvokeListener>(),
  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Second handler for ${channel}`);
    this.handlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
  /** Test helper: calls the registered handler as Electron would. */
  invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (listener === undefined) return Promise.reject(new Error(`No handler for ${channel}`));
    return Promise.resolve(listener(event, ...args));
  },
};

export const app = {
  isPackaged: false,
  name: 'Minutebook',
  paths: { documents: '/home/user/Documents', userData: '/home/user/.config/Minutebook' } as Record<
    string,
    string
  >,
  events: new EventEmitter(),
  getAppPath: vi.fn(() => '/opt/minutebook'),
  getPath(name: string): string {
    const found = this.paths[name];
    if (found === undefined) throw new Error(`Unknown path ${name}`);
    return found;
  },
  getVersion: () => '0.1.0',
  on(event: string, listener: (...args: unknown[]) => void) {
    this.events.on(event, listener);
    return this;
  },
  whenReady: vi.fn(() => Promise.resolve()),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
};

export const dialog = {
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath: string }>>(
    () => Promise.resolve({ canceled: true, filePath: '' }),
  ),
};

export const shell = {
  openExternal: vi.fn<(url: string) => Promise<void>>(() => Promise.resolve()),
};

export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  },
};

export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, value: unknown): void {
    this.exposed.set(key, value);
  },
};

export const ipcRenderer = {
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(() =>
    Promise.resolve(undefined),
  ),
};

/** Forgets every window, handler and recorded call. */
export function resetFakeElectron(): void {
  // Closing (not just forgetting) lets the code under test drop the windows it tracks.
  for (const window of BrowserWindow.getAllWindows()) window.close();
  BrowserWindow.instances = [];
  ipcMain.handlers.clear();
  contextBridge.exposed.clear();
  app.events.removeAllListeners();
  app.isPackaged = false;
  vi.clearAllMocks();
}

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  protocol,
  screen,
  session,
  shell,
};
