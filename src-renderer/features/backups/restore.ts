import { parseArchive } from '../../domain';
import { replaceWithArchive, type DataContext } from '../../db';
import type { BackupInfo, BackupShelf } from '../../platform';
import { recordsWritten } from '../shared/records-written';
import type { BackupKeeper } from './backup-keeper';

export type RestoreOutcome =
  /** Restored; what was here before is kept in `before` (null when there was nothing). */
  | { kind: 'restored'; before: BackupInfo | null }
  /** Not restored, nothing changed: `message` says why, `errors` lists a bad archive's fields. */
  | { kind: 'refused'; message: string; errors: string[] };

/** How far a restore has got, in the steps it takes; a restore of fifteen years takes seconds. */
export type RestoreStep =
  | { step: 'reading' }
  | { step: 'backing-up' }
  | { step: 'writing'; written: number; total: number };

/** "Restoring… 40% (28,000 of 71,000 records written)", and the steps before. */
export function describeRestoreStep(at: RestoreStep): string {
  if (at.step === 'reading') return 'Restoring… reading and checking the backup';
  if (at.step === 'backing-up') return 'Restoring… first backing up what is here';
  return `Restoring… ${recordsWritten(at.written, at.total)}`;
}

/**
 * What a finished restore says: which backup was restored and where what was here before is
 * kept. When the backup taken first found nothing new, what was here is the newest backup
 * kept, which may be the one just restored: then nothing here was replaced by anything else.
 */
export function describeRestored(
  restored: BackupInfo,
  before: BackupInfo | null,
  savedAt: (backup: BackupInfo) => string,
): string {
  const done = `Restored the backup of ${savedAt(restored)}.`;
  if (before === null) return done;
  if (before.name === restored.name)
    return `${done} What was here already matched it, so nothing was lost.`;
  return `${done} What was here before is in the backup of ${savedAt(before)}.`;
}

/**
 * Replaces everything here with the backup called `name`. What is here now is backed up
 * first, so a restore can itself be undone by restoring that backup; if it cannot be backed
 * up, or the backup does not read back as a valid archive, nothing is changed. `onStep` is
 * told each step as it begins, and each batch of records written.
 */
export async function restoreBackup(
  name: string,
  shelf: BackupShelf,
  keeper: BackupKeeper,
  data: DataContext,
  onStep: (at: RestoreStep) => void = () => undefined,
): Promise<RestoreOutcome> {
  onStep({ step: 'reading' });
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
  onStep({ step: 'backing-up' });
  const before = await keeper.backUp({ fresh: true });
  if (before.kind === 'failed' || before.kind === 'refused') {
    return {
      kind: 'refused',
      message: `What is here now could not be backed up first, so nothing was restored. ${before.message}`,
      errors: [],
    };
  }
  await replaceWithArchive(data, parsed.archive, ({ written, total }) =>
    onStep({ step: 'writing', written, total }),
  );
  return { kind: 'restored', before: before.kind === 'empty' ? null : before.backup };
}
