import { maxArchiveBytes, parseArchive, type Archive, type ArchiveParseResult } from '../../domain';
import type { ReadAnswer } from './archive-read-worker';
import { afterPaint } from './import-progress';

/**
 * Reads and checks an archive file chosen for import: in a Web Worker where the platform has
 * them, so the page keeps painting (and shows its progress) while a large archive is parsed
 * and checked; on this thread otherwise, after the step's message has been painted. A file
 * larger than any archive is refused without being read.
 */
export async function readArchiveFile(
  file: File,
  onChecking: () => void,
): Promise<ArchiveParseResult> {
  if (file.size > maxArchiveBytes) {
    const mb = String(Math.round(maxArchiveBytes / 1024 / 1024));
    return {
      ok: false,
      errors: [`The file is too large for an archive (over ${mb} MB). It was not read.`],
    };
  }
  if (typeof Worker !== 'function') {
    const text = await file.text();
    onChecking();
    await afterPaint();
    return parseArchive(text);
  }
  const worker = new Worker(new URL('./archive-read-worker.ts', import.meta.url), {
    type: 'module',
    name: 'minutebook-archive-reader',
  });
  return new Promise<ArchiveParseResult>((resolve) => {
    const read = assembler(onChecking, resolve);
    worker.onmessage = (event: MessageEvent<ReadAnswer>) => read(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const why = event.message || 'the archive reader could not start';
      resolve({ ok: false, errors: [`The file could not be read (${why}).`] });
    };
    worker.postMessage(file);
  }).finally(() => worker.terminate());
}

/** Puts the archive back together from the worker's pieces; resolves at the end. */
function assembler(onChecking: () => void, resolve: (result: ArchiveParseResult) => void) {
  let archive: Archive | null = null;
  let notices: string[] = [];
  const body = () => archive?.bodies.at(-1);
  return (message: ReadAnswer) => {
    switch (message.kind) {
      case 'checking':
        onChecking();
        break;
      case 'refused':
        resolve(message.result);
        break;
      case 'head':
        archive = message.archive;
        notices = message.notices;
        break;
      case 'body':
        archive?.bodies.push(message.body);
        break;
      case 'meetings':
        body()?.meetings.push(...message.rows);
        break;
      case 'actions':
        body()?.actions.push(...message.rows);
        break;
      case 'actionUpdates':
        body()?.actionUpdates.push(...message.rows);
        break;
      case 'end':
        if (archive === null) resolve({ ok: false, errors: ['The archive reader misread.'] });
        else resolve({ ok: true, archive, notices });
        break;
    }
  };
}
