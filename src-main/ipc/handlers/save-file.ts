/**
 * saveFile: asks the user where to save (native dialog, parented to the asking window),
 * writes atomically, remembers the folder. Every failure becomes a SaveFileResult with a
 * message a secretary can act on; the file on disk is untouched by any failure.
 */
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  type IpcMainInvokeEvent,
  type SaveDialogOptions,
} from 'electron';
import type { SaveFileFailure, SaveFileRequest, SaveFileResult } from '../contract';
import { errorCode, writeFileAtomic } from '../../services/atomic-write';
import type { SettingsService } from '../../services/settings';

export interface SaveFileDeps {
  settings: SettingsService;
  write?: (target: string, bytes: Uint8Array) => Promise<void>;
  platform?: NodeJS.Platform;
}

/**
 * Maps a write error to the failure reported to the renderer. On Windows a rename refused
 * with EPERM almost always means another program holds the target open.
 */
export function describeSaveError(
  error: unknown,
  target: string,
  platform: NodeJS.Platform = process.platform,
): { reason: SaveFileFailure; message: string } {
  const name = path.basename(target);
  const code = errorCode(error);
  if (code === 'EBUSY' || (code === 'EPERM' && platform === 'win32')) {
    return {
      reason: 'locked',
      message: `The file "${name}" is open in another program or locked. Close it and try again.`,
    };
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return {
      reason: 'permission',
      message: `Minutebook is not allowed to write "${name}" in ${path.dirname(target)}. The file may be read-only or open in another program. Choose another folder or close it and try again.`,
    };
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return {
      reason: 'disk-full',
      message: `There is not enough space on the disk to save "${name}". Nothing was changed.`,
    };
  }
  if (code === 'EISDIR' || code === 'ENOTDIR' || code === 'ENAMETOOLONG' || code === 'EINVAL') {
    return {
      reason: 'invalid',
      message: `"${target}" cannot be used as a file name here. Choose another name or folder.`,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { reason: 'error', message: `Could not save "${name}": ${detail}. Nothing was changed.` };
}

/** Builds the saveFile handler. */
export function createSaveFileHandler(deps: SaveFileDeps) {
  const write =
    deps.write ?? ((target: string, bytes: Uint8Array) => writeFileAtomic(target, bytes));
  return async (request: SaveFileRequest, event: IpcMainInvokeEvent): Promise<SaveFileResult> => {
    const folder = deps.settings.getUserSettings().lastExportFolder ?? app.getPath('documents');
    const options: SaveDialogOptions = {
      defaultPath: path.join(folder, request.suggestedName),
      filters: request.filters ?? [],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = BrowserWindow.fromWebContents(event.sender);
    const choice = await (parent === null
      ? dialog.showSaveDialog(options)
      : dialog.showSaveDialog(parent, options));
    // Electron reports a cancel as `canceled` and, on some platforms, as an empty path.
    if (choice.canceled || choice.filePath === '') {
      return { ok: false, reason: 'cancelled' };
    }
    const target = choice.filePath;
    try {
      await write(target, request.bytes);
    } catch (error) {
      return { ok: false, ...describeSaveError(error, target, deps.platform) };
    }
    // The file is saved; failing to remember the folder must not turn that into an error.
    try {
      deps.settings.updateUserSettings({ lastExportFolder: path.dirname(target) });
    } catch (error) {
      console.warn('Could not remember the export folder:', error);
    }
    return { ok: true, path: target };
  };
}
