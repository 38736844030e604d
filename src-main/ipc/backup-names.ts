/**
 * Backup file names: "minutebook-backup-YYYYMMDD-HHMMSS-mmm.json", the UTC time each backup
 * was written. Pure, so the main process (files on disk) and the browser's stand-in (backups
 * in IndexedDB) name backups alike, and a name doubles as its own check: anything else (a
 * path, "..", another extension) is not a backup name.
 */

const pattern = /^minutebook-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})\.json$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The name of a backup written at `date`. */
export function backupFileName(date: Date): string {
  const day = `${String(date.getUTCFullYear())}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
  return `minutebook-backup-${day}-${time}-${pad(date.getUTCMilliseconds(), 3)}.json`;
}

/** When the backup called `name` was written (ISO 8601, UTC), or null if it is no backup name. */
export function savedAtOf(name: string): string | null {
  const m = pattern.exec(name);
  if (m === null) return null;
  const [, y, mo, d, h, mi, s, ms] = m;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  return Number.isNaN(date.getTime()) || backupFileName(date) !== name ? null : date.toISOString();
}
