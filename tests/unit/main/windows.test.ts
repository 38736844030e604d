import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronWindow } from 'electron';
import type { WindowBounds } from '../../../src-main/services/settings';
import { createMainWindow, isOurWindow, ourOpenWindows } from '../../../src-main/windows';
import { BrowserWindow, navigationEvent, resetFakeElectron, shell } from './fake-electron';

function makeSettings(saved: WindowBounds | null = null) {
  return { getWindowBounds: vi.fn(() => saved), setWindowBounds: vi.fn() };
}

function open(options: { saved?: WindowBounds | null; devServer?: URL | null } = {}) {
  const settings = makeSettings(options.saved ?? null);
  const created = createMainWindow({
    url: 'app://minutebook/index.html',
    preloadPath: '/opt/minutebook/dist-electron/preload.cjs',
    devServer: options.devServer ?? null,
    settings,
    workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1080 }],
  });
  const window = BrowserWindow.instances.at(-1);
  if (window === undefined) throw new Error('no window created');
  expect(created as unknown).toBe(window);
  return { window, settings };
}

beforeEach(() => resetFakeElectron());
afterEach(() => vi.useRealTimers());

describe('createMainWindow', () => {
  it('sets every security flag explicitly', () => {
    const { window } = open();
    expect(window.options.webPreferences).toEqual({
      preload: '/opt/minutebook/dist-electron/preload.cjs',
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
    });
    expect(window.options.show).toBe(false);
  });

  it('loads the app and shows only on ready-to-show', () => {
    const { window } = open();
    expect(window.loadedUrls).toEqual(['app://minutebook/index.html']);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('denies window.open, opening only safe links externally', () => {
    const { window } = open();
    const handler = window.webContents.windowOpenHandler;
    if (handler === null) throw new Error('no window open handler');
    expect(handler({ url: 'https://www.gov.uk/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://minutebook/index.html' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(handler({ url: '\\\\server\\share\\x.exe' })).toEqual({ action: 'deny' });
    expect(shell.openExternal.mock.calls).toEqual([['https://www.gov.uk/']]);
  });

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://minutebook.evil/',
    'http://localhost:5173/',
  ])('cancels navigation and redirects to %s', (url) => {
    const { window } = open();
    const navigation = navigationEvent(url);
    window.webContents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    const redirect = navigationEvent(url);
    window.webContents.emit('will-redirect', redirect);
    expect(redirect.defaultPrevented).toBe(true);
  });

  it('allows navigation inside the app, and to the dev server only in development', () => {
    const { window } = open({ devServer: new URL('http://localhost:5173') });
    for (const url of ['app://minutebook/index.html', 'http://localhost:5173/src/main.tsx']) {
      const navigation = navigationEvent(url);
      window.webContents.emit('will-navigate', navigation);
      expect(navigation.defaultPrevented).toBe(false);
    }
  });

  it('refuses to attach webviews', () => {
    const { window } = open();
    const attach = navigationEvent('');
    window.webContents.emit('will-attach-webview', attach);
    expect(attach.defaultPrevented).toBe(true);
  });

  it('tracks its windows for the IPC sender check', () => {
    const { window } = open();
    const stranger = new BrowserWindow({});
    expect(isOurWindow(window as unknown as ElectronWindow)).toBe(true);
    expect(isOurWindow(stranger as unknown as ElectronWindow)).toBe(false);
    window.close();
    expect(isOurWindow(window as unknown as ElectronWindow)).toBe(false);
    expect(ourOpenWindows()).toEqual([]);
  });
});

describe('window bounds', () => {
  it('restores saved bounds and maximizes when it was maximized', () => {
    const { window } = open({
      saved: { x: 100, y: 50, width: 1000, height: 700, maximized: true },
    });
    expect(window.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
    window.emit('ready-to-show');
    expect(window.maximized).toBe(true);
  });

  it('drops a position that is off every display', () => {
    const { window } = open({
      saved: { x: 5000, y: 50, width: 1000, height: 700, maximized: false },
    });
    expect(window.options).not.toHaveProperty('x');
    expect(window.options).toMatchObject({ width: 1000, height: 700 });
  });

  it('saves debounced on move/resize and at once on close', () => {
    vi.useFakeTimers();
    const { window, settings } = open();
    window.bounds = { x: 10, y: 20, width: 900, height: 600 };
    window.emit('move');
    window.emit('resize');
    window.emit('move');
    expect(settings.setWindowBounds).not.toHaveBeenCalled();
    vi.advanceTimersByTime(600);
    expect(settings.setWindowBounds.mock.calls).toEqual([
      [{ x: 10, y: 20, width: 900, height: 600, maximized: false }],
    ]);
    window.bounds = { x: 30, y: 40, width: 800, height: 500 };
    window.emit('resize');
    window.close();
    vi.advanceTimersByTime(600);
    expect(settings.setWindowBounds).toHaveBeenCalledTimes(2);
    expect(settings.setWindowBounds.mock.calls[1]).toEqual([
      { x: 30, y: 40, width: 800, height: 500, maximized: false },
    ]);
  });

  it('does not save the bounds of a minimized window', () => {
    const { window, settings } = open();
    window.minimized = true;
    window.close();
    expect(settings.setWindowBounds).not.toHaveBeenCalled();
  });
});
