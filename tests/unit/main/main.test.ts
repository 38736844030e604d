import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../src-main/ipc/contract';
import { defaultSettings, type Settings } from '../../../src-main/services/settings';
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  protocol,
  resetFakeElectron,
  session,
} from './fake-electron';

// The real module constructs electron-store, which cannot load under Node.
vi.mock('../../../src-main/services/settings-store', () => {
  const data: Settings = { ...defaultSettings };
  return {
    openSettingsStore: () => ({
      get: <K extends keyof Settings>(key: K) => data[key],
      set: <K extends keyof Settings>(key: K, value: Settings[K]) => {
        data[key] = value;
      },
      store: data,
    }),
  };
});

// main.ts acts on import, so it is loaded once and the tests read what it did, in order.
beforeAll(async () => {
  resetFakeElectron();
  await import('../../../src-main/main');
  // Let start() get past `await app.whenReady()`.
  await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
});

describe('main', () => {
  it('registers the privileged scheme before ready', () => {
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const registered = protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? Infinity;
    const ready = app.whenReady.mock.invocationCallOrder[0] ?? -Infinity;
    expect(registered).toBeLessThan(ready);
  });

  it('on ready: protocol, denied permissions, IPC, menu and one secure window', () => {
    expect(protocol.handle.mock.calls[0]?.[0]).toBe('app');
    const [[requestHandler]] = session.defaultSession.setPermissionRequestHandler.mock.calls as [
      [
        (
          wc: unknown,
          permission: string,
          cb: (granted: boolean) => void,
          details: { requestingUrl: string },
        ) => void,
      ],
    ];
    const answer = vi.fn();
    requestHandler(null, 'media', answer, { requestingUrl: 'app://minutebook/index.html' });
    expect(answer).toHaveBeenCalledWith(false);
    const [[checkHandler]] = session.defaultSession.setPermissionCheckHandler.mock.calls as [
      [(wc: unknown, permission: string, origin: string) => boolean],
    ];
    expect(checkHandler(null, 'geolocation', 'app://minutebook')).toBe(false);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(channels).sort());
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();

    const [window] = BrowserWindow.instances;
    expect(window?.loadedUrls).toEqual(['app://minutebook/index.html']);
    expect(window?.options.webPreferences).toMatchObject({
      preload: path.join('/opt/minutebook', 'dist-electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it('serves dist/renderer with the CSP header through the protocol handler', async () => {
    const handler = protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    const response = await handler(new Request('app://minutebook/..%2f..%2fetc%2fpasswd'));
    expect(response.status).toBe(403);
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
  });

  it('focuses the existing window when a second instance starts', () => {
    const [window] = BrowserWindow.instances;
    if (window === undefined) throw new Error('no window');
    window.minimized = true;
    app.events.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('quits when all windows close, except on macOS', () => {
    expect(app.quit).not.toHaveBeenCalled();
    app.events.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
