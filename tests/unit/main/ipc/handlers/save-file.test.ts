import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { open, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import {
  createSaveFileHandler,
  describeSaveError,
} from '../../../../../src-main/ipc/handlers/save-file';
import { writeFileAtomic } from '../../../../../src-main/services/atomic-write';
import {
  createSettingsService,
  defaultSettings,
  type Settings,
} from '../../../../../src-main/services/settings';
import { app, BrowserWindow, dialog, resetFakeElectron } from '../../fake-electron';
import { fsError, fullDiskFs } from '../../fs-faults';

const bytes = new TextEncoder().encode('%PDF-1.7 new');

function memorySettings(initial: Partial<Settings> = {}) {
  const data: Settings = { ...defaultSettings, ...initial };
  return createSettingsService({
    get: (key) => data[key],
    set: (key, value) => {
      data[key] = value;
    },
    get store() {
      return data;
    },
  });
}

let dir: string;
let window: BrowserWindow;
let event: IpcMainInvokeEvent;

beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(path.join(tmpdir(), 'minutebook-save-'));
  window = new BrowserWindow({});
  event = { sender: window.webContents } as unknown as IpcMainInvokeEvent;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function chooses(filePath: string): void {
  dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath });
}

describe('saveFile handler', () => {
  it('returns cancelled and writes nothing when the dialog is cancelled', async () => {
    const settings = memorySettings();
    const handler = createSaveFileHandler({ settings });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(handler({ suggestedName: 'm.pdf', bytes }, event)).resolves.toEqual({
      ok: false,
      reason: 'cancelled',
    });
    expect(settings.getUserSettings().lastExportFolder).toBeNull();
  });

  it('parents the dialog and suggests the documents folder the first time', async () => {
    const handler = createSaveFileHandler({ settings: memorySettings() });
    await handler(
      { suggestedName: 'SEC Panel 30.pdf', bytes, filters: [{ name: 'PDF', extensions: ['pdf'] }] },
      event,
    );
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      defaultPath: path.join(app.getPath('documents'), 'SEC Panel 30.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
  });

  it('saves, returns the path and remembers the folder for next time', async () => {
    const settings = memorySettings();
    const handler = createSaveFileHandler({ settings });
    const target = path.join(dir, 'minutes.pdf');
    chooses(target);
    await expect(handler({ suggestedName: 'minutes.pdf', bytes }, event)).resolves.toEqual({
      ok: true,
      path: target,
    });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 new');
    expect(settings.getUserSettings().lastExportFolder).toBe(dir);

    await handler({ suggestedName: 'public.docx', bytes }, event);
    expect(dialog.showSaveDialog.mock.calls[1]?.[1]).toMatchObject({
      defaultPath: path.join(dir, 'public.docx'),
    });
  });

  it('reports a full disk clearly and leaves the original untouched', async () => {
    const target = path.join(dir, 'minutes.pdf');
    await writeFile(target, 'original');
    const settings = memorySettings();
    const handler = createSaveFileHandler({
      settings,
      write: (t, b) => writeFileAtomic(t, b, { fs: fullDiskFs }),
    });
    chooses(target);
    await expect(handler({ suggestedName: 'minutes.pdf', bytes }, event)).resolves.toEqual({
      ok: false,
      reason: 'disk-full',
      message: 'There is not enough space on the disk to save "minutes.pdf". Nothing was changed.',
    });
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['minutes.pdf']);
    expect(settings.getUserSettings().lastExportFolder).toBeNull();
  });

  it('reports a locked file and leaves the original untouched', async () => {
    const target = path.join(dir, 'minutes.docx');
    await writeFile(target, 'original');
    const handler = createSaveFileHandler({
      settings: memorySettings(),
      write: (t, b) =>
        writeFileAtomic(t, b, {
          fs: { open, unlink, rename: () => Promise.reject(fsError('EBUSY')) },
        }),
    });
    chooses(target);
    const result = await handler({ suggestedName: 'minutes.docx', bytes }, event);
    expect(result).toEqual({
      ok: false,
      reason: 'locked',
      message:
        'The file "minutes.docx" is open in another program or locked. Close it and try again.',
    });
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['minutes.docx']);
  });
});

describe('describeSaveError', () => {
  const target = '/home/secas/Minutes/minutes.pdf';
  it.each([
    ['EBUSY', 'linux', 'locked'],
    ['EPERM', 'win32', 'locked'],
    ['EPERM', 'linux', 'permission'],
    ['EACCES', 'darwin', 'permission'],
    ['EROFS', 'linux', 'permission'],
    ['ENOSPC', 'linux', 'disk-full'],
    ['EDQUOT', 'linux', 'disk-full'],
    ['EISDIR', 'linux', 'invalid'],
    ['ENAMETOOLONG', 'linux', 'invalid'],
    ['EIO', 'linux', 'error'],
  ] as const)('%s on %s → %s', (code, platform, reason) => {
    const failure = describeSaveError(fsError(code), target, platform);
    expect(failure.reason).toBe(reason);
    expect(failure.message).toContain('minutes.pdf');
  });

  it('handles non-Error throws', () => {
    expect(describeSaveError('boom', target, 'linux')).toEqual({
      reason: 'error',
      message: 'Could not save "minutes.pdf": boom. Nothing was changed.',
    });
  });
});
