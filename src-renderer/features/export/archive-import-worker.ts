import { parseArchive } from '../../domain';
import { createDataContext } from '../../db/context';
import { MinutebookDb } from '../../db/database';
import { userMessage } from '../../db/error-messages';
import { dataErrorOf, type DataError } from '../../db/errors';
import { importParsed, type ImportOutcome } from './import-parsed';

/**
 * The import worker: reads an archive file chosen for import, checks it in full
 * (src-renderer/domain/archive.ts) and writes it into the app's database itself, opened by
 * its name with the app's own schema (db/database.ts), as the backup worker reads it. So the
 * seconds a fifteen-year archive takes to parse, check and write never hold the page, and its
 * 70,000 records are not copied to the page only to be copied again into IndexedDB. Windows
 * hear of the new rows as of any other window's writes: Dexie passes its storagemutated event
 * on to them, and their live queries read again. One file per worker: the page ends it once
 * answered.
 */

/** What the page asks: the file, the database to write it into, and who is importing. */
export interface ImportRequest {
  file: File;
  dbName: string;
  user: string;
}

/** What the page hears: checking, then progress, then one of refused, imported or failed. */
export type ImportAnswer =
  | { kind: 'checking' }
  | { kind: 'refused'; errors: string[] }
  | { kind: 'progress'; written: number; total: number }
  | { kind: 'imported'; outcome: ImportOutcome; notices: string[] }
  /** Nothing was written; `code` is the data layer's when it refused the archive. */
  | { kind: 'failed'; message: string; code: DataError['code'] | null };

/** The little of a dedicated worker's scope used here (the renderer is typed with DOM's lib). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportAnswer): void;
}

const scope = self as unknown as WorkerScope;

async function answer({ file, dbName, user }: ImportRequest): Promise<ImportAnswer> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { kind: 'refused', errors: [`The file could not be read (${why}).`] };
  }
  scope.postMessage({ kind: 'checking' });
  const parsed = parseArchive(text);
  if (!parsed.ok) return { kind: 'refused', errors: parsed.errors };
  const db = new MinutebookDb(dbName);
  try {
    const ctx = createDataContext(db, () => user);
    const outcome = await importParsed(ctx, parsed.archive, (progress) =>
      scope.postMessage({ kind: 'progress', ...progress }),
    );
    return { kind: 'imported', outcome, notices: parsed.notices };
  } catch (error) {
    return { kind: 'failed', message: userMessage(error), code: dataErrorOf(error)?.code ?? null };
  } finally {
    db.close();
  }
}

scope.onmessage = (event) => {
  void answer(event.data).then((message) => scope.postMessage(message));
};
