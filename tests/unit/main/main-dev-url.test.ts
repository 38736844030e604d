import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../../src-main/services/settings';

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

const devUrl = 'http://localhost:5173/';

/**
 * Loads main.ts afresh (it acts on import) with `MINUTEBOOK_DEV_URL` set and the fake app
 * packaged or not; returns the URL its window loaded, whether the IPC sender check takes a
 * page of the dev server for the app's own, and what it logged.
 */
async function startMain(isPackaged: boolean) {
  vi.resetModules();
  // After the reset, this is the same fresh module main.ts gets as `electron`.
  const fake = await import('./fake-electron');
  fake.resetFakeElectron();
  fake.app.isPackaged = isPackaged;
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.stubEnv('MINUTEBOOK_DEV_URL', devUrl);
  await import('../../../src-main/main');
  await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
  const [window] = fake.BrowserWindow.instances;
  if (window === undefined) throw new Error('no window');

  // A call to the IPC from a page served by the dev server, in our own window.
  const event = { sender: window.webContents, senderFrame: { url: `${devUrl}index.html` } };
  const listed = fake.ipcMain.invoke('minutebook:list-backups', event);
  const devPageAccepted = await listed.then(
    () => true,
    (error: unknown) => !String(error).includes('is not the app'),
  );
  const permissionCheck = fake.session.defaultSession.setPermissionCheckHandler.mock
    .calls[0]?.[0] as ((wc: unknown, permission: string, origin: string) => boolean) | undefined;
  return {
    loaded: window.loadedUrls,
    devPageAccepted,
    clipboardForDevPage: permissionCheck?.(null, 'clipboard-sanitized-write', devUrl),
    cspHook: fake.session.defaultSession.webRequest.onHeadersReceived.mock.calls.length,
    logged: logged.mock.calls.map((call) => String(call[0])),
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('MINUTEBOOK_DEV_URL', () => {
  it('loads the renderer from the dev server when the app is not packaged', async () => {
    const started = await startMain(false);
    expect(started.loaded).toEqual([devUrl]);
    expect(started.devPageAccepted).toBe(true);
    expect(started.cspHook).toBe(1);
    expect(started.logged).toEqual([]);
  });

  it('is ignored in a packaged app: its own pages only, and the dev page gets no IPC', async () => {
    const started = await startMain(true);
    expect(started.loaded).toEqual(['app://minutebook/index.html']);
    expect(started.devPageAccepted).toBe(false);
    expect(started.clipboardForDevPage).toBe(false);
    expect(started.cspHook).toBe(0);
    expect(started.logged).toEqual([
      'MINUTEBOOK_DEV_URL is ignored: an installed Minutebook loads only its own pages.',
    ]);
  });
});
