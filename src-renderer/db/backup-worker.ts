import { answerBackupRequest, type WorkerAnswer, type WorkerRequest } from './backup-answer';

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

scope.onmessage = (event) => {
  answerBackupRequest(event.data).then(
    (message) => scope.postMessage(message),
    (error: unknown) =>
      scope.postMessage({
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
