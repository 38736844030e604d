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
    // The lock is asked for as the module loads: by the time the import resolves, it is done.
    await import('../../../src-main/main');
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });
});
