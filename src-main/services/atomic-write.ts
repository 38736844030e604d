/**
 * Atomic file replacement: the target either keeps its old bytes or gets all the new ones,
 * even if the disk fills, the process dies or another program holds the file.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';

/** The file-handle operations used; node:fs/promises' FileHandle satisfies it. */
export interface WritableHandle {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
  ): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system operations used; injected so tests can fail any one of them. */
export interface AtomicFs {
  open(filePath: string, flags: string): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
}

export interface AtomicWriteOptions {
  fs?: AtomicFs;
  platform?: NodeJS.Platform;
  /** Waits between rename retries on Windows; injected so tests do not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

const nodeFs: AtomicFs = {
  open: (p, flags) => fsp.open(p, flags),
  rename: fsp.rename,
  unlink: fsp.unlink,
};

/** Error code of a Node fs error, if any. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The temp-file name used next to `target`: hidden, unique, same folder (same volume). */
export function tempPathFor(
  target: string,
  random: string = randomBytes(6).toString('hex'),
): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${random}.tmp`);
}

async function writeAll(handle: WritableHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, null);
    // A zero-byte write would loop forever; Node reports a full disk as ENOSPC instead.
    if (bytesWritten <= 0) throw new Error('The disk accepted no more bytes.');
    offset += bytesWritten;
  }
}

// Antivirus and search indexers open new files briefly on Windows; a short retry rides that
// out, while a file really held open (Word, Acrobat) still fails and is reported as locked.
const windowsTransientCodes = new Set(['EPERM', 'EACCES', 'EBUSY']);
const renameRetryDelaysMs = [50, 100, 200, 400];

async function renameWithRetry(
  fs: AtomicFs,
  from: string,
  to: string,
  platform: NodeJS.Platform,
  sleep: (ms: number) => Promise<void>,
): Promise<void> {
  for (const delay of renameRetryDelaysMs) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (platform !== 'win32' || !windowsTransientCodes.has(errorCode(error) ?? '')) throw error;
      await sleep(delay);
    }
  }
  await fs.rename(from, to);
}

async function syncDirectory(fs: AtomicFs, dir: string): Promise<void> {
  // Best effort: the rename has already happened, so a platform that cannot fsync a
  // directory (Windows: EISDIR/EPERM) must not turn a completed save into a reported failure.
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    return;
  }
}

/**
 * Writes `bytes` to `target` atomically: temp file in the same folder, write everything,
 * fsync, close, rename over the target, fsync the folder. On any failure the temp file is
 * removed, the target is left as it was, and the original error is rethrown.
 */
export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const platform = options.platform ?? process.platform;
  const sleep = options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const temp = tempPathFor(target);
  let handle: WritableHandle | null = null;
  let created = false;
  try {
    // 'wx' refuses to follow or reuse an existing path, so the temp file is always our own.
    handle = await fs.open(temp, 'wx');
    created = true;
    await writeAll(handle, bytes);
    await handle.sync();
    const opened = handle;
    handle = null;
    await opened.close();
    await renameWithRetry(fs, temp, target, platform, sleep);
    created = false;
  } catch (error) {
    if (handle !== null) await handle.close().catch(() => undefined);
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, path.dirname(target));
}
