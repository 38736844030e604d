import { parseArchive } from '../../domain';
import { replaceWithArchive, type DataContext } from '../../db';
import type { BackupInfo, BackupShelf } from '../../platform';
import type { BackupKeeper } from './backup-keeper';

export type RestoreOutcome =
  /** Restored; what was here before is kept in `before` (null when there was nothing). */
  | { kind: 'restored'; before: BackupInfo | null }
  /** Not restored, nothing changed: `message` says why, `errors` lists a bad archive's fields. */
  | { kind: 'refused'; message: string; errors: string[] };

/**
 * Replaces everything here with the backup called `name`. What is here now is backed up
 * first, so a restore can itself be undone by restoring that backup; if it cannot be backed
 * up, or the backup does not read back as a valid archive, nothing is changed.
 */
export async function restoreBackup(
  name: string,
  shelf: BackupShelf,
  keeper: BackupKeeper,
  data: DataContext,
): Promise<RestoreOutcome> {
  const read = await shelf.readBackup(name);
  if (!read.ok) return { kind: 'refused', message: read.message, errors: [] };
  const parsed = parseArchive(read.text);
  if (!parsed.ok) {
    return {
      kind: 'refused',
      message: 'That backup is damaged and was not restored. Nothing was changed.',
      errors: parsed.errors,
    };
  }
  const before = await keeper.backUp({ fresh: true });
  if (before.kind === 'failed' || before.kind === 'refused') {
    return {
      kind: 'refused',
      message: `What is here now could not be backed up first, so nothing was restored. ${before.message}`,
      errors: [],
    };
  }
  await replaceWithArchive(data, parsed.archive);
  return { kind: 'restored', before: before.kind === 'empty' ? null : before.backup };
}
