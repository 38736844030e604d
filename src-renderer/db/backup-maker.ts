import { contentHashOfText, makeBackup, type MakeRequest, type MakeResult } from './backup-make';
import type { WorkerAnswer, WorkerRequest } from './backup-answer';
import type { MinutebookDb } from './database';

export type { MakeRequest, MakeResult } from './backup-make';

/**
 * Makes backups and hashes kept ones, off the page where someone types when it can. Each
 * call reads the database anew.
 */
export interface BackupMaker {
  make(request: MakeRequest): Promise<MakeResult>;
  /** The content hash of a kept backup's text (db/backup-make.ts). */
  hash(text: string): Promise<string>;
}

/** Makes backups on this thread: for tests under Node, and where there are no workers. */
export function inlineBackupMaker(db: MinutebookDb): BackupMaker {
  return { make: (request) => makeBackup(db, request), hash: contentHashOfText };
}

/**
 * Answers one request in a worker of its own, which is ended afterwards so that nothing of
 * the archive's tens of megabytes stays in memory between backups.
 */
function ask(request: WorkerRequest): Promise<WorkerAnswer> {
  const worker = new Worker(new URL('./backup-worker.ts', import.meta.url), {
    type: 'module',
    name: 'minutebook-backup',
  });
  return new Promise<WorkerAnswer>((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => resolve(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      resolve({ kind: 'failed', message: event.message || 'the backup worker could not start' });
    };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/** Makes backups in a Web Worker, which opens the app's database by its name itself. */
export function workerBackupMaker(): BackupMaker {
  return {
    async make(request) {
      const answer = await ask({ kind: 'make', request });
      if (answer.kind === 'made') return answer.result;
      throw new Error(answer.kind === 'failed' ? answer.message : 'the backup worker misread');
    },
    async hash(text) {
      const answer = await ask({ kind: 'hash', text });
      if (answer.kind === 'hashed') return answer.hash;
      throw new Error(answer.kind === 'failed' ? answer.message : 'the backup worker misread');
    },
  };
}

/** A worker where the platform has them, else this thread. */
export function defaultBackupMaker(db: MinutebookDb): BackupMaker {
  return typeof Worker === 'function' ? workerBackupMaker() : inlineBackupMaker(db);
}
