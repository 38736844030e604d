import { contentHashOfText, makeBackup, type MakeRequest, type MakeResult } from './backup-make';
import { MinutebookDb } from './database';

/** What the backup worker is asked, and what it answers. */
export type WorkerRequest = { kind: 'make'; request: MakeRequest } | { kind: 'hash'; text: string };
export type WorkerAnswer =
  | { kind: 'made'; result: MakeResult }
  | { kind: 'hashed'; hash: string }
  | { kind: 'failed'; message: string };

/**
 * What the backup worker answers to `request`, run wherever it is called: the worker opens the
 * app's database by its name, as any other window would, and closes it when done.
 */
export async function answerBackupRequest(request: WorkerRequest): Promise<WorkerAnswer> {
  if (request.kind === 'hash')
    return { kind: 'hashed', hash: await contentHashOfText(request.text) };
  const db = new MinutebookDb(request.request.dbName);
  try {
    return { kind: 'made', result: await makeBackup(db, request.request) };
  } finally {
    db.close();
  }
}
