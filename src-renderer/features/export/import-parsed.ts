import type { Archive } from '../../domain';
import type { DataContext } from '../../db/context';
import { importArchive, type OnImportProgress } from '../../db/repos/archive-import';
import { importOneMeeting } from './meeting-archive-import';

/** What an import of a checked archive did, for the page to say and to go to. */
export type ImportOutcome =
  /** One meeting added to its body, which was here already. */
  | { kind: 'meeting'; meetingId: string; message: string }
  /** Whole bodies added: their ids and names, in the archive's order. */
  | { kind: 'bodies'; ids: string[]; names: string[] };

/**
 * Writes a checked archive: the file of one meeting whose body is here is added to that body;
 * anything else is imported whole (db/repos/archive-import.ts: all or nothing, progress told
 * batch by batch). Run in the import worker, or on the page where there are no workers.
 */
export async function importParsed(
  ctx: DataContext,
  archive: Archive,
  onProgress: OnImportProgress,
): Promise<ImportOutcome> {
  const meeting = await importOneMeeting(ctx, archive);
  if (meeting !== null) return { kind: 'meeting', ...meeting };
  const ids = await importArchive(ctx, archive, onProgress);
  return { kind: 'bodies', ids, names: archive.bodies.map((b) => b.name) };
}
