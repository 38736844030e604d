import { beforeEach, describe, expect, it } from 'vitest';
import { channels } from '../../../../../src-main/ipc/contract';
import {
  chairViewUrl,
  createOpenChairWindowHandler,
} from '../../../../../src-main/ipc/handlers/chair-window';
import { createHandle } from '../../../../../src-main/ipc/register';
import { meetingIdSchema } from '../../../../../src-main/ipc/schemas';
import { appEntryUrl, isAppUrl } from '../../../../../src-main/security';
import {
  chairWindowSize,
  createChairWindow,
  createMainWindow,
  isOurWindow,
} from '../../../../../src-main/windows';
import { BrowserWindow, ipcMain, navigationEvent, resetFakeElectron } from '../../fake-electron';

const preloadPath = '/opt/minutebook/dist-electron/preload.cjs';
const meetingId = '0b6f2a4e-6c1d-4c53-9d0e-2f1f4f0c9a11';
let main: BrowserWindow;

/** Registers the channel exactly as main.ts does, and opens the main window that asks. */
beforeEach(() => {
  resetFakeElectron();
  const handle = createHandle({ isAppUrl: (url) => isAppUrl(url), isOurWindow });
  handle(
    channels.openChairWindow,
    meetingIdSchema,
    createOpenChairWindowHandler({
      entryUrl: appEntryUrl,
      create: (url) => createChairWindow({ url, preloadPath, devServer: null }),
    }),
  );
  createMainWindow({
    url: appEntryUrl,
    preloadPath,
    devServer: null,
    settings: { getWindowBounds: () => null, setWindowBounds: () => undefined },
    workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1080 }],
  });
  const first = BrowserWindow.instances[0];
  if (first === undefined) throw new Error('no main window');
  main = first;
});

function ask(...args: unknown[]): Promise<unknown> {
  const event = { sender: main.webContents, senderFrame: { url: `${appEntryUrl}#/meetings/x` } };
  return ipcMain.invoke(channels.openChairWindow, event, ...args);
}

function chairWindows(): BrowserWindow[] {
  return BrowserWindow.getAllWindows().filter((w) => w !== main && w.loadedUrls.length > 0);
}

describe('openChairWindow', () => {
  it('opens the Chair view in a second window with the secure preferences', async () => {
    await ask(meetingId);
    const [chair] = chairWindows();
    if (chair === undefined) throw new Error('no Chair window');
    expect(chair.loadedUrls).toEqual([`app://minutebook/index.html#/meetings/${meetingId}/chair`]);
    expect(chair.options).toMatchObject({ ...chairWindowSize, show: false });
    expect(chair.options.webPreferences).toEqual(main.options.webPreferences);
    expect(chair.options.webPreferences).toMatchObject({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    // It may call IPC itself, and it shows once ready.
    expect(isOurWindow(chair as unknown as Electron.BrowserWindow)).toBe(true);
    chair.emit('ready-to-show');
    expect(chair.visible).toBe(true);
  });

  it('guards the Chair window like the main one: no pop-ups, no navigating away', async () => {
    await ask(meetingId);
    const [chair] = chairWindows();
    const openHandler = chair?.webContents.windowOpenHandler;
    if (!chair || !openHandler) throw new Error('no window open handler');
    expect(openHandler({ url: `${appEntryUrl}#/meetings/${meetingId}/chair` })).toEqual({
      action: 'deny',
    });
    const away = navigationEvent('https://evil.example/');
    chair.webContents.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    // The main window's window.open stays denied too: the second window comes only from IPC.
    expect(main.webContents.windowOpenHandler?.({ url: appEntryUrl })).toEqual({ action: 'deny' });
  });

  it('keeps one window per meeting: asking again brings it to the front', async () => {
    await ask(meetingId);
    const [chair] = chairWindows();
    if (chair === undefined) throw new Error('no Chair window');
    chair.minimized = true;
    chair.focused = false;
    await ask(meetingId);
    expect(chairWindows()).toEqual([chair]);
    expect(chair.minimized).toBe(false);
    expect(chair.focused).toBe(true);

    await ask('another-meeting');
    expect(chairWindows()).toHaveLength(2);
  });

  it('opens a fresh window once the last one was closed', async () => {
    await ask(meetingId);
    chairWindows()[0]?.close();
    expect(chairWindows()).toEqual([]);
    await ask(meetingId);
    expect(chairWindows()).toHaveLength(1);
  });

  it.each([
    ['no id', []],
    ['an empty id', ['']],
    ['a number', [42]],
    ['an object', [{ meetingId }]],
    ['an array', [[meetingId]]],
    ['null', [null]],
    ['a 201-character id', ['x'.repeat(201)]],
    ['a control character', ['abc\u0000def']],
    ['a newline', ['abc\ndef']],
    ['two arguments', [meetingId, 'extra']],
  ])('refuses %s and opens nothing', async (_label, args) => {
    await expect(ask(...args)).rejects.toThrow(/minutebook:open-chair-window/);
    expect(chairWindows()).toEqual([]);
  });

  it('refuses a sender that is not one of our windows showing our page', async () => {
    const stranger = new BrowserWindow({});
    const fromStranger = { sender: stranger.webContents, senderFrame: { url: appEntryUrl } };
    await expect(ipcMain.invoke(channels.openChairWindow, fromStranger, meetingId)).rejects.toThrow(
      /not a Minutebook window/,
    );
    const fromElsewhere = {
      sender: main.webContents,
      senderFrame: { url: 'https://evil.example/' },
    };
    await expect(
      ipcMain.invoke(channels.openChairWindow, fromElsewhere, meetingId),
    ).rejects.toThrow(/not the app/);
    expect(chairWindows()).toEqual([]);
  });
});

describe('chairViewUrl', () => {
  it.each([
    '../../../etc/passwd',
    'x#y?z',
    'https://evil.example/',
    '//evil.example',
    'javascript:alert(1)',
    '%2e%2e',
  ])('keeps the hostile id %s inside the fragment of the app page', (id) => {
    const url = new URL(chairViewUrl(appEntryUrl, id));
    expect(url.href.startsWith('app://minutebook/index.html#/meetings/')).toBe(true);
    expect(url.search).toBe('');
    expect(url.hash).toBe(`#/meetings/${encodeURIComponent(id)}/chair`);
    expect(isAppUrl(url.href)).toBe(true);
  });

  it('works with the dev server in development', () => {
    expect(chairViewUrl('http://localhost:5173/', 'm-1')).toBe(
      'http://localhost:5173/#/meetings/m-1/chair',
    );
  });
});
