/**
 * listBackups / writeBackup / readBackup over the backups service, in the app's backup
 * folder. Every failure to write or read becomes a result with a message a secretary can act
 * on; a missing folder simply has no backups.
 */
import {
  type BackupInfo,
  type BackupReadResult,
  type BackupWriteResult,
  type SaveFileFailure,
} from '../contract';
import { errorCode } from '../../services/atomic-write';
import {
  BackupRefusal,
  listBackups,
  readBackup,
  writeBackup,
  type BackupWriteDeps,
} from '../../services/backups';
import { maxBackupBytes } from '../schemas';
import { describeSaveError } from './save-file';

export interface BackupHandlerDeps extends BackupWriteDeps {
  /** The backup folder; asked on every call. */
  folder: () => string;
  now?: () => Date;
  platform?: NodeJS.Platform;
  /** Largest backup read back (bytes); the write schema holds writes to the same limit. */
  maxBytes?: number;
  /** How many backups are kept; the contract's backupsKept by default. */
  keep?: number;
}

type WriteFailure = Extract<BackupWriteResult, { ok: false }>;
type ReadFailure = Extract<BackupReadResult, { ok: false }>;

const notWritten = 'The backup was not written (nothing else was changed)';

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function writeFailureMessage(reason: SaveFileFailure, folder: string, error: unknown): string {
  switch (reason) {
    case 'locked':
      return `${notWritten}: a file in the backup folder ${folder} is open in another program or locked. Close that program and try again.`;
    case 'permission':
      return `${notWritten}: Minutebook is not allowed to write in the backup folder ${folder}. Ask whoever looks after this computer to allow it, then try again.`;
    case 'disk-full':
      return `${notWritten}: there is not enough space on the disk. Free some space and try again.`;
    case 'invalid':
      return `${notWritten}: the backup folder ${folder} cannot be used, something else is in its place. Move that away and try again.`;
    case 'error':
      return `${notWritten}: ${detailOf(error)}`;
  }
}

function describeWriteError(
  error: unknown,
  folder: string,
  platform: NodeJS.Platform | undefined,
): WriteFailure {
  // describeSaveError classifies by error code; the target's name plays no part in the reason.
  const { reason } = describeSaveError(error, folder, platform);
  return { ok: false, reason, message: writeFailureMessage(reason, folder, error) };
}

function describeReadError(error: unknown, name: string, folder: string): ReadFailure {
  if (errorCode(error) === 'ENOENT') {
    return {
      ok: false,
      reason: 'not-found',
      message: `The backup "${name}" is no longer in the backup folder ${folder}. Choose another backup.`,
    };
  }
  if (error instanceof BackupRefusal) {
    return { ok: false, reason: 'error', message: `${error.message} It cannot be restored.` };
  }
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM') {
    return {
      ok: false,
      reason: 'error',
      message: `Minutebook is not allowed to read the backup "${name}" in ${folder}. Ask whoever looks after this computer to allow it, then try again.`,
    };
  }
  return {
    ok: false,
    reason: 'error',
    message: `Could not read the backup "${name}": ${detailOf(error)}`,
  };
}

/** Builds the three backup handlers over the folder `deps.folder()` gives. */
export function createBackupHandlers(deps: BackupHandlerDeps) {
  const now = deps.now ?? (() => new Date());
  const maxBytes = deps.maxBytes ?? maxBackupBytes;
  const writeDeps: BackupWriteDeps = { write: deps.write, remove: deps.remove, days: deps.days };
  return {
    list: (): Promise<BackupInfo[]> => listBackups(deps.folder()),
    write: async (text: string): Promise<BackupWriteResult> => {
      const folder = deps.folder();
      try {
        const backup = await writeBackup(folder, text, now(), deps.keep, writeDeps);
        return { ok: true, backup };
      } catch (error) {
        // Text that is not an archive: refused before the folder was touched.
        if (error instanceof BackupRefusal) {
          return { ok: false, reason: 'error', message: error.message };
        }
        return describeWriteError(error, folder, deps.platform);
      }
    },
    read: async (name: string): Promise<BackupReadResult> => {
      const folder = deps.folder();
      try {
        return { ok: true, text: await readBackup(folder, name, maxBytes) };
      } catch (error) {
        return describeReadError(error, name, folder);
      }
    },
  };
}
