import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** The file's device and inode, following links; null when it does not exist (or is unreadable). */
function identity(file: string): { dev: bigint; ino: bigint } | null {
  try {
    const stats = statSync(file, { bigint: true });
    return { dev: stats.dev, ino: stats.ino };
  } catch {
    return null;
  }
}

/** The path with its folders' links resolved and, where it exists, the file's own. */
function canonical(file: string): string {
  const absolute = path.resolve(file);
  try {
    return realpathSync.native(absolute);
  } catch {
    // Not there yet: its folder may still be reached through a link or another spelling.
    try {
      return path.join(realpathSync.native(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/**
 * Whether `a` and `b` name one file: through a symbolic link, a hard link, "./" or ".."
 * spellings, or another case on a file system that ignores case. Device and inode decide
 * where both files exist (an inode of 0 means the file system gives none); otherwise the
 * resolved paths are compared.
 */
export function sameFile(a: string, b: string): boolean {
  const ia = identity(a);
  const ib = identity(b);
  if (ia && ib && ia.ino !== 0n && ia.dev === ib.dev && ia.ino === ib.ino) return true;
  return canonical(a) === canonical(b);
}
