import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { channels } from '../../../../src-main/ipc/contract';
import { createHandle, type SenderPolicy } from '../../../../src-main/ipc/register';
import { isAppUrl } from '../../../../src-main/security';
import { BrowserWindow, FakeWebContents, ipcMain, resetFakeElectron } from '../fake-electron';

let ours: BrowserWindow;
const policy: SenderPolicy = {
  isAppUrl: (url) => isAppUrl(url),
  // The fake window stands in for Electron's; identity is all that is compared.
  isOurWindow: (window: Electron.BrowserWindow) => (window as unknown) === ours,
};

function eventFrom(sender: FakeWebContents, frameUrl: string | null) {
  return { sender, senderFrame: frameUrl === null ? null : { url: frameUrl } };
}

const seenEvents: unknown[] = [];
const schema = z.strictObject({ userName: z.string() });

beforeEach(() => {
  resetFakeElectron();
  ours = new BrowserWindow({});
});

function register() {
  const handler = vi.fn((input: { userName: string }, event: unknown) => {
    seenEvents.push(event);
    return `hello ${input.userName}`;
  });
  createHandle(policy)(channels.updateSettings, schema, handler);
  return handler;
}

describe('handle', () => {
  it('calls the handler for a valid payload from our window', async () => {
    const handler = register();
    const event = eventFrom(ours.webContents, 'app://minutebook/index.html');
    await expect(
      ipcMain.invoke(channels.updateSettings, event, { userName: 'SECAS' }),
    ).resolves.toBe('hello SECAS');
    expect(handler).toHaveBeenCalledOnce();
    expect(seenEvents.at(-1)).toBe(event);
    expect(handler.mock.calls[0]?.[0]).toEqual({ userName: 'SECAS' });
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a look-alike origin', 'app://minutebook.evil/index.html'],
    ['a file page', 'file:///tmp/index.html'],
    ['a data page', 'data:text/html,hi'],
  ])('refuses a frame from %s', async (_label, url) => {
    const handler = register();
    await expect(
      ipcMain.invoke(channels.updateSettings, eventFrom(ours.webContents, url), { userName: 'x' }),
    ).rejects.toThrow(/Refused minutebook:update-settings: the sending frame/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a destroyed frame', async () => {
    const handler = register();
    await expect(
      ipcMain.invoke(channels.updateSettings, eventFrom(ours.webContents, null), { userName: 'x' }),
    ).rejects.toThrow(/frame is gone/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses an app page in a window we did not create', async () => {
    const handler = register();
    const stranger = new BrowserWindow({});
    await expect(
      ipcMain.invoke(
        channels.updateSettings,
        eventFrom(stranger.webContents, 'app://minutebook/'),
        {
          userName: 'x',
        },
      ),
    ).rejects.toThrow(/not a Minutebook window/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses webContents that belong to no window', async () => {
    const handler = register();
    const orphan = new FakeWebContents();
    await expect(
      ipcMain.invoke(channels.updateSettings, eventFrom(orphan, 'app://minutebook/'), {
        userName: 'x',
      }),
    ).rejects.toThrow(/not a Minutebook window/);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['a wrong type', { userName: 5 }],
    ['an extra key', { userName: 'x', admin: true }],
    ['no payload', undefined],
    ['a string', 'userName'],
  ])('refuses %s in the payload with a clear error', async (_label, payload) => {
    const handler = register();
    const event = eventFrom(ours.webContents, 'app://minutebook/index.html');
    await expect(ipcMain.invoke(channels.updateSettings, event, payload)).rejects.toThrow(
      /Invalid request on minutebook:update-settings/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses extra arguments', async () => {
    const handler = register();
    const event = eventFrom(ours.webContents, 'app://minutebook/index.html');
    await expect(
      ipcMain.invoke(channels.updateSettings, event, { userName: 'x' }, 'extra'),
    ).rejects.toThrow(/at most one argument/);
    expect(handler).not.toHaveBeenCalled();
  });
});
