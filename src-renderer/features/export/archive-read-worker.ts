import {
  parseArchive,
  type Archive,
  type ArchiveBody,
  type ArchiveParseResult,
} from '../../domain';

/**
 * The archive reader's worker: reads an archive file chosen for import and checks it in full
 * (src-renderer/domain/archive.ts) off the page, so that the seconds a fifteen-year archive
 * takes to parse and check never hold the screen. The archive it read comes back in pieces of
 * a few megabytes (a few meetings, a thousand actions …): the page takes each in a moment,
 * where the whole archive in one message would hold it for seconds. One file per worker: the
 * page ends it once answered.
 */

/** What the page hears, in this order: checking; then refused, or the archive in pieces. */
export type ReadAnswer =
  | { kind: 'checking' }
  | { kind: 'refused'; result: ArchiveParseResult }
  | { kind: 'head'; archive: Archive; notices: string[] }
  | { kind: 'body'; body: ArchiveBody }
  | { kind: 'meetings'; rows: ArchiveBody['meetings'] }
  | { kind: 'actions'; rows: ArchiveBody['actions'] }
  | { kind: 'actionUpdates'; rows: ArchiveBody['actionUpdates'] }
  | { kind: 'end' };

/** Meetings per piece (each some 300 records), and actions or updates per piece. */
const meetingsPerPiece = 4;
const rowsPerPiece = 2_000;

/** The little of a dedicated worker's scope used here (the renderer is typed with DOM's lib). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<File>) => void) | null;
  postMessage(message: ReadAnswer): void;
}

const scope = self as unknown as WorkerScope;

function inPieces<T>(rows: readonly T[], size: number, send: (rows: T[]) => void): void {
  for (let start = 0; start < rows.length; start += size) send(rows.slice(start, start + size));
}

function answer(result: ArchiveParseResult): void {
  if (!result.ok) {
    scope.postMessage({ kind: 'refused', result });
    return;
  }
  const { archive, notices } = result;
  scope.postMessage({ kind: 'head', archive: { ...archive, bodies: [] }, notices });
  for (const { meetings, actions, actionUpdates, ...body } of archive.bodies) {
    scope.postMessage({
      kind: 'body',
      body: { ...body, meetings: [], actions: [], actionUpdates: [] },
    });
    inPieces(meetings, meetingsPerPiece, (rows) => scope.postMessage({ kind: 'meetings', rows }));
    inPieces(actions, rowsPerPiece, (rows) => scope.postMessage({ kind: 'actions', rows }));
    inPieces(actionUpdates, rowsPerPiece, (rows) =>
      scope.postMessage({ kind: 'actionUpdates', rows }),
    );
  }
  scope.postMessage({ kind: 'end' });
}

scope.onmessage = (event) => {
  void event.data.text().then(
    (text) => {
      scope.postMessage({ kind: 'checking' });
      answer(parseArchive(text));
    },
    (error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      answer({ ok: false, errors: [`The file could not be read (${why}).`] });
    },
  );
};
