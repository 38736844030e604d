import { beforeAll, describe, expect, it } from 'vitest';
import { channels, type Api } from '../../../src-main/ipc/contract';
import { contextBridge, ipcRenderer } from './fake-electron';

let api: Api;
beforeAll(async () => {
  await import('../../../src-main/preload');
  const exposed = contextBridge.exposed.get('api');
  if (exposed === undefined) throw new Error('preload exposed nothing as window.api');
  api = exposed as Api;
});

describe('preload', () => {
  it('exposes exactly one object, window.api, with exactly the Api members', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual([
      'getSettings',
      'kind',
      'listBackups',
      'openChairWindow',
      'readBackup',
      'saveFile',
      'updateSettings',
      'writeBackup',
    ]);
    expect(api.kind).toBe('electron');
  });

  it('never exposes ipcRenderer or generic send/on', () => {
    const values = Object.values(api) as unknown[];
    expect(values).not.toContain(ipcRenderer);
    expect(values).not.toContain(ipcRenderer.invoke);
    for (const key of ['send', 'on', 'invoke', 'ipcRenderer']) expect(api).not.toHaveProperty(key);
  });

  it('invokes the right channel with exactly the argument given', async () => {
    const request = { suggestedName: 'm.pdf', bytes: new Uint8Array([1]) };
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, path: '/x/m.pdf' });
    await expect(api.saveFile(request)).resolves.toEqual({ ok: true, path: '/x/m.pdf' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channels.saveFile, request);

    await api.getSettings();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channels.getSettings);

    await api.updateSettings({ userName: 'SECAS' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channels.updateSettings, {
      userName: 'SECAS',
    });

    await api.openChairWindow('m-1');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channels.openChairWindow, 'm-1');

    const backup = { name: 'minutebook-backup-20250307-090503-042.json', savedAt: '', bytes: 2 };
    ipcRenderer.invoke.mockResolvedValueOnce([backup]);
    await expect(api.listBackups()).resolves.toEqual([backup]);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channels.listBackups);

    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, backup });
    await expect(api.writeBackup('{}')).resolves.toEqual({ ok: true, backup });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channels.writeBackup, '{}');

    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, text: '{}' });
    await expect(api.readBackup(backup.name)).resolves.toEqual({ ok: true, text: '{}' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channels.readBackup, backup.name);
  });
});
