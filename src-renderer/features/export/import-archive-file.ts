import { maxArchiveBytes, parseArchive } from '../../domain';
import type { DataContext } from '../../db/context';
import { DataError } from '../../db/errors';
import type { ImportAnswer, ImportRequest } from './archive-import-worker';
import { importParsed, type ImportOutcome } from './import-parsed';
import { afterPaint, type ImportStep } from './import-progress';

/** An archive refused for what it holds (nothing written), or what its import did. */
export type ImportFileResult =
  { ok: false; errors: string[] } | { ok: true; outcome: ImportOutcome; notices: string[] };

/**
 * Reads, checks and imports an archive file: in a Web Worker where the platform has them
 * (features/export/archive-import-worker.ts), which writes the database itself, so the page
 * keeps painting and only hears the steps; on this thread otherwise, after each step's
 * message has been painted. A file larger than any archive is refused without being read. A
 * refusal by the data layer (a body already here …) is thrown as the DataError it was.
 */
export async function importArchiveFile(
  file: File,
  ctx: DataContext,
  onStep: (step: ImportStep) => void,
): Promise<ImportFileResult> {
  if (file.size > maxArchiveBytes) {
    const mb = String(Math.round(maxArchiveBytes / 1024 / 1024));
    return {
      ok: false,
      errors: [`The file is too large for an archive (over ${mb} MB). It was not read.`],
    };
  }
  const writing = (p: { written: number; total: number }) => onStep({ step: 'writing', ...p });
  if (typeof Worker !== 'function') {
    const text = await file.text();
    onStep({ step: 'checking' });
    await afterPaint();
    const parsed = parseArchive(text);
    if (!parsed.ok) return parsed;
    const outcome = await importParsed(ctx, parsed.archive, writing);
    return { ok: true, outcome, notices: parsed.notices };
  }
  const answer = await inWorker({ file, dbName: ctx.db.name, user: ctx.user() }, (a) => {
    if (a.kind === 'checking') onStep({ step: 'checking' });
    else if (a.kind === 'progress') writing(a);
  });
  switch (answer.kind) {
    case 'refused':
      return { ok: false, errors: answer.errors };
    case 'imported':
      return { ok: true, outcome: answer.outcome, notices: answer.notices };
    case 'failed':
      throw answer.code === null
        ? new Error(answer.message)
        : new DataError(answer.message, answer.code);
  }
}

/** The worker's last answer; the steps before it go to `onStep`. */
type LastAnswer = Extract<ImportAnswer, { kind: 'refused' | 'imported' | 'failed' }>;

function inWorker(request: ImportRequest, onStep: (answer: ImportAnswer) => void) {
  const worker = new Worker(new URL('./archive-import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'minutebook-archive-import',
  });
  return new Promise<LastAnswer>((resolve) => {
    worker.onmessage = (event: MessageEvent<ImportAnswer>) => {
      const answer = event.data;
      if (answer.kind === 'checking' || answer.kind === 'progress') onStep(answer);
      else resolve(answer);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // A worker that stopped mid-way leaves its transaction uncommitted: IndexedDB aborts it.
      const why = event.message || 'the archive importer could not start';
      resolve({ kind: 'refused', errors: [`The file could not be imported (${why}).`] });
    };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
