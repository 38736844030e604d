import { mkdtempSync } from 'node:fs';
import { open, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupHandlers } from '../../../../../src-main/ipc/handlers/backups';
import { writeFileAtomic } from '../../../../../src-main/services/atomic-write';
import { resetFakeElectron } from '../../fake-electron';
import { fsError, fullDiskFs } from '../../fs-faults';
import { archiveText } from '../../services/archive-text';

const now = () => new Date('2025-03-07T09:05:03.042Z');
const newName = 'minutebook-backup-20250307-090503-042.json';
const oldName = 'minutebook-backup-20250101-000000-000.json';
const oldText = archiveText('old');
const newText = archiveText('Cymraeg ŵ ŷ');

let dir: string;
beforeEach(async () => {
  resetFakeElectron();
  dir = mkdtempSync(path.join(tmpdir(), 'minutebook-backup-handlers-'));
  await writeFile(path.join(dir, oldName), oldText);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The old backup is still there, unchanged, and nothing else is in the folder. */
async function expectFolderUntouched(): Promise<void> {
  expect(await readdir(dir)).toEqual([oldName]);
  expect(await readFile(path.join(dir, oldName), 'utf8')).toBe(oldText);
}

describe('write', () => {
  it('writes the backup and returns it', async () => {
    const handlers = createBackupHandlers({ folder: () => dir, now });
    await expect(handlers.write(newText)).resolves.toEqual({
      ok: true,
      backup: {
        name: newName,
        savedAt: '2025-03-07T09:05:03.042Z',
        bytes: Buffer.byteLength(newText),
      },
    });
    expect(await readFile(path.join(dir, newName), 'utf8')).toBe(newText);
  });

  it('refuses text that is not an archive, with a message, and touches nothing', async () => {
    const handlers = createBackupHandlers({ folder: () => dir, now, keep: 1, days: 0 });
    await expect(handlers.write('{"not":"an archive"}')).resolves.toEqual({
      ok: false,
      reason: 'error',
      message:
        'The backup was not written (nothing else was changed): it is not a whole Minutebook archive. The file is not a Minutebook archive (format is not "minutebook-archive").',
    });
    await expectFolderUntouched();
  });

  it('reports a full disk, keeps every old backup and leaves no temp file', async () => {
    const handlers = createBackupHandlers({
      folder: () => dir,
      now,
      keep: 1,
      write: (target, bytes) => writeFileAtomic(target, bytes, { fs: fullDiskFs }),
    });
    await expect(handlers.write(newText)).resolves.toEqual({
      ok: false,
      reason: 'disk-full',
      message:
        'The backup was not written (nothing else was changed): there is not enough space on the disk. Free some space and try again.',
    });
    await expectFolderUntouched();
  });

  it('reports a locked file', async () => {
    const handlers = createBackupHandlers({
      folder: () => dir,
      now,
      write: (target, bytes) =>
        writeFileAtomic(target, bytes, {
          fs: { open, unlink, rename: () => Promise.reject(fsError('EBUSY')) },
        }),
    });
    const result = await handlers.write(newText);
    expect(result).toMatchObject({ ok: false, reason: 'locked' });
    expect(result.ok ? '' : result.message).toMatch(
      /^The backup was not written \(nothing else was changed\): .*open in another program/,
    );
    await expectFolderUntouched();
  });

  it.each([
    ['EACCES', 'linux', 'permission', 'not allowed to write in the backup folder'],
    ['EPERM', 'linux', 'permission', 'not allowed to write in the backup folder'],
    ['EPERM', 'win32', 'locked', 'open in another program'],
    ['EDQUOT', 'darwin', 'disk-full', 'not enough space'],
    ['EIO', 'linux', 'error', 'EIO: simulated'],
  ] as const)('maps %s on %s to %s', async (code, platform, reason, words) => {
    const handlers = createBackupHandlers({
      folder: () => dir,
      now,
      platform,
      write: () => Promise.reject(fsError(code)),
    });
    const result = await handlers.write(newText);
    expect(result).toMatchObject({ ok: false, reason });
    const message = result.ok ? '' : result.message;
    expect(message).toContain('The backup was not written (nothing else was changed)');
    expect(message).toContain(words);
    await expectFolderUntouched();
  });

  it('reports a folder that cannot be made because a file is in its way', async () => {
    const blocker = path.join(dir, 'userData');
    await writeFile(blocker, 'a file, not a folder');
    const folder = path.join(blocker, 'backups');
    const handlers = createBackupHandlers({ folder: () => folder, now });
    const result = await handlers.write(newText);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(result.ok ? '' : result.message).toContain(folder);
    expect(await readFile(blocker, 'utf8')).toBe('a file, not a folder');
  });

  it('asks for the folder on every call', async () => {
    let folder = path.join(dir, 'first');
    const handlers = createBackupHandlers({ folder: () => folder, now });
    await handlers.write(archiveText('1'));
    folder = path.join(dir, 'second');
    await handlers.write(archiveText('2'));
    expect(await readdir(path.join(dir, 'first'))).toEqual([newName]);
    expect(await readdir(path.join(dir, 'second'))).toEqual([newName]);
  });
});

describe('read', () => {
  it('returns the text of a backup', async () => {
    const handlers = createBackupHandlers({ folder: () => dir });
    await expect(handlers.read(oldName)).resolves.toEqual({ ok: true, text: oldText });
  });

  it('says not-found for a backup that is gone', async () => {
    const handlers = createBackupHandlers({ folder: () => dir });
    await expect(handlers.read(newName)).resolves.toEqual({
      ok: false,
      reason: 'not-found',
      message: `The backup "${newName}" is no longer in the backup folder ${dir}. Choose another backup.`,
    });
  });

  it('says not-found when the whole folder is gone', async () => {
    const handlers = createBackupHandlers({ folder: () => path.join(dir, 'missing') });
    await expect(handlers.read(oldName)).resolves.toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('refuses a backup over the size limit with a clear error', async () => {
    const handlers = createBackupHandlers({ folder: () => dir, maxBytes: 5 });
    const result = await handlers.read(oldName);
    expect(result).toEqual({
      ok: false,
      reason: 'error',
      message: `The backup "${oldName}" is larger than 5 bytes, the most Minutebook will read. It cannot be restored.`,
    });
  });

  it('refuses a name that is not a backup name, even for a file that exists', async () => {
    await writeFile(path.join(dir, 'notes.txt'), 'private');
    const handlers = createBackupHandlers({ folder: () => dir });
    const result = await handlers.read('notes.txt');
    expect(result).toMatchObject({ ok: false, reason: 'error' });
    expect(JSON.stringify(result)).not.toContain('private');
  });
});

describe('list', () => {
  it('lists the backups, newest first', async () => {
    const handlers = createBackupHandlers({ folder: () => dir, now });
    const written = await handlers.write(newText);
    if (!written.ok) throw new Error(written.message);
    await expect(handlers.list()).resolves.toEqual([
      written.backup,
      { name: oldName, savedAt: '2025-01-01T00:00:00.000Z', bytes: Buffer.byteLength(oldText) },
    ]);
  });

  it('lists a missing folder as no backups', async () => {
    const handlers = createBackupHandlers({ folder: () => path.join(dir, 'missing') });
    await expect(handlers.list()).resolves.toEqual([]);
  });
});
