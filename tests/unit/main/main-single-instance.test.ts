import { describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, ipcMain, protocol } from './fake-electron';

vi.mock('../../../src-main/services/settings-store', () => ({
  openSettingsStore: () => {
    throw new Error('must not open settings in a second instance');
  },
}));

describe('main as a second instance', () => {
  it('quits at once, opening no window and registering no IPC', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    await import('../../../src-main/main');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });
});
