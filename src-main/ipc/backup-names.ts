/**
 * Backup file names: "minutebook-backup-YYYYMMDD-HHMMSS-mmm.json", the UTC time each backup
 * was written. Pure, so the main process (files on disk) and the browser's stand-in (backups
 * in IndexedDB) name backups alike, and a name doubles as its own check: anything else (a
 * path, "..", another extension, an impossible date) is not a backup name.
 */

// ASCII digits only (no `u` flag, so \d is [0-9]); `$` without `m` is the very end.
const backupNamePattern =
  /^minutebook-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})\.json$/;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** The backup file name for `date`: minutebook-backup-YYYYMMDD-HHMMSS-mmm.json, in UTC. */
export function backupFileName(date: Date): string {
  const two = (value: number): string => pad(value, 2);
  const day = pad(date.getUTCFullYear(), 4) + two(date.getUTCMonth() + 1) + two(date.getUTCDate());
  const time = two(date.getUTCHours()) + two(date.getUTCMinutes()) + two(date.getUTCSeconds());
  return `minutebook-backup-${day}-${time}-${pad(date.getUTCMilliseconds(), 3)}.json`;
}

/**
 * When the backup called `name` was written (ISO 8601, UTC), or null when `name` is not
 * exactly a backup file name. This is the name check: no path, no "..", no other shape, and
 * no impossible date (the name must be what backupFileName gives for its own time).
 */
export function savedAtOf(name: string): string | null {
  const match = backupNamePattern.exec(name);
  if (match === null) return null;
  // The pattern has seven groups, so the defaults are never used; they only satisfy the types.
  const [year = 0, month = 1, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0] = match
    .slice(1)
    .map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds, ms));
  // Date.UTC rolls "20250230" over to March 2 (and "25:00" to the next day): such a name
  // does not survive the round trip, and neither does a year before 100 (read as 19xx).
  if (backupFileName(date) !== name) return null;
  return date.toISOString();
}

/** How many backups are kept: the most recent ones, then one a day further back. */
export interface Retention {
  /** The newest backups, all kept. */
  recent: number;
  /** Beyond those, the last backup of each UTC day, for this many days. */
  days: number;
}

/**
 * The backups to delete from `names` (backup names, in any order): all but the newest
 * `recent`, the last of each of `days` earlier days, and `justWritten`, which is never
 * deleted (even if the clock was set back and it sorts as the oldest). Other names are left
 * out of the count and never returned. When `isGood` is given, only the names it accepts
 * (backups that read as whole archives) count and may be returned: a bad file neither takes
 * a place among the recent ones nor stands for its day, and is never deleted here.
 */
export function backupsToPrune(
  names: readonly string[],
  retention: Retention,
  justWritten?: string,
  isGood: (name: string) => boolean = () => true,
): string[] {
  const newestFirst = names
    .filter((name) => savedAtOf(name) !== null && name !== justWritten && isGood(name))
    .sort()
    .reverse();
  const recent = Math.max(0, retention.recent - (justWritten === undefined ? 0 : 1));
  const keep = new Set(newestFirst.slice(0, recent));
  // Days the recent backups (and the one just written) already stand for need no other.
  const dayOf = (name: string) => (savedAtOf(name) as string).slice(0, 10);
  const covered = new Set([...keep].map(dayOf));
  if (justWritten !== undefined && savedAtOf(justWritten) !== null) covered.add(dayOf(justWritten));
  let days = 0;
  for (const name of newestFirst.slice(recent)) {
    const day = dayOf(name);
    if (days < retention.days && !covered.has(day)) {
      covered.add(day);
      days += 1;
      keep.add(name);
    }
  }
  return newestFirst.filter((name) => !keep.has(name));
}
