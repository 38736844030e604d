/**
 * The only door between the renderer and the main process: one method per capability,
 * typed by the contract. ipcRenderer itself is never exposed. Imports only 'electron' and
 * the contract so it bundles into a single sandbox-safe CommonJS file.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  channels,
  type Api,
  type BackupInfo,
  type BackupReadResult,
  type BackupWriteResult,
  type SaveFileResult,
  type UserSettings,
} from './ipc/contract';

const api = {
  kind: 'electron',
  saveFile: (request) => ipcRenderer.invoke(channels.saveFile, request) as Promise<SaveFileResult>,
  getSettings: () => ipcRenderer.invoke(channels.getSettings) as Promise<UserSettings>,
  updateSettings: (patch) =>
    ipcRenderer.invoke(channels.updateSettings, patch) as Promise<UserSettings>,
  openChairWindow: (meetingId) =>
    ipcRenderer.invoke(channels.openChairWindow, meetingId) as Promise<void>,
  listBackups: () => ipcRenderer.invoke(channels.listBackups) as Promise<BackupInfo[]>,
  writeBackup: (text) =>
    ipcRenderer.invoke(channels.writeBackup, text) as Promise<BackupWriteResult>,
  readBackup: (name) => ipcRenderer.invoke(channels.readBackup, name) as Promise<BackupReadResult>,
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
