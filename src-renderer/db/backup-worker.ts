import { contentHashOfText, makeBackup } from './backup-make';
import type { WorkerAnswer, WorkerRequest } from './backup-maker';
import { MinutebookDb } from './database';

/**
 * The backup worker: reads the whole database, writes the archive, hashes it, reads it back
 * with the archive reader and, in the browser, writes it on the backup shelf — all off the
 * page, so that someone typing in the minutes never waits for a backup. One request per
 * worker: the page ends it once answered.
 */

/** The little of a dedicated worker's scope used here (the renderer is typed with DOM's lib). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerAnswer): void;
}

const scope = self as unknown as WorkerScope;

async function answer(request: WorkerRequest): Promise<WorkerAnswer> {
  if (request.kind === 'hash')
    return { kind: 'hashed', hash: await contentHashOfText(request.text) };
  const db = new MinutebookDb(request.request.dbName);
  try {
    return { kind: 'made', result: await makeBackup(db, request.request) };
  } finally {
    db.close();
  }
}

scope.onmessage = (event) => {
  answer(event.data).then(
    (message) => scope.postMessage(message),
    (error: unknown) =>
      scope.postMessage({
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
