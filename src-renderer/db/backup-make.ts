import { sha256 } from '@noble/hashes/sha2';
import { archiveTextProblemInSlices } from '../domain/archive-scan';
import type { BackupWriteResult } from '../platform';
import { asFileOfBytes, writeShelfBackup } from './backup-shelf';
import type { MinutebookDb } from './database';
import { noRest, pacer, type Pace } from './backup-pace';
import { KeptParts } from './backup-parts';
import { readArchiveParts } from './backup-read';

/**
 * Making a backup: the whole database as one archive, held to the limits of the reader a
 * restore uses, and compared with the newest backup by a hash of its content. Runs in the backup
 * worker (db/backup-worker.ts), so that the page where someone types never waits for it, and
 * inline where there is no worker (tests under Node).
 */

/** Where the worker writes the backup itself: the browser's backup shelf. */
export interface ShelfTarget {
  /** The shelf's database name. */
  name: string;
  /** How many recent backups it keeps. */
  keep: number;
  /** When the backup is written (ISO 8601): the shelf names the backup after it. */
  at: string;
}

export interface MakeRequest {
  /** The app's database name. */
  dbName: string;
  /** The archive's export time. */
  exportedAt: string;
  /** The content hash of the newest backup kept, when known: the same content is not kept twice. */
  knownHash: string | null;
  /** Write the backup on this shelf; when null the text is handed back to be written. */
  shelf: ShelfTarget | null;
}

export type MakeResult =
  /** There is nothing to back up yet. */
  | { kind: 'empty' }
  /** The content is that of the newest backup (its hash is `knownHash`). */
  | { kind: 'unchanged' }
  /** The archive would not be read back by a restore: `problem` says why; nothing was written. */
  | { kind: 'refused'; problem: string; bytes: number }
  /** The archive, to be written by the caller. */
  | { kind: 'made'; text: string; hash: string; bytes: number }
  /** Written on the shelf asked for (or not: `result` says why). */
  | { kind: 'written'; result: BackupWriteResult; hash: string };

/** Where the export time sits in an archive's text: two backups of the same data differ only there. */
const exportedAtField = /"exportedAt": "[^"]*"/;
const blankExportedAt = '"exportedAt": ""';

/**
 * The content hash of a backup's text: SHA-256 of its UTF-8 bytes with the export time left
 * out. Two backups of the same data have the same hash, whenever they were written.
 */
export function contentHashOfText(text: string): Promise<string> {
  return hashAtPace(
    new TextEncoder().encode(text.replace(exportedAtField, blankExportedAt)),
    noRest,
  );
}

/**
 * Why a restore would refuse `text` for being beyond the archive reader's limits (size, rows
 * per list, text lengths …: the reader's own one-pass scan, run before it parses, here a slice
 * at a time at `pace`), or null when it is within them. The rows themselves were checked on
 * their way into the database. `length` as for `archiveTextProblem`.
 */
async function restoreProblem(text: string, length: number, pace: Pace): Promise<string | null> {
  const problem = await archiveTextProblemInSlices(text, length, pace);
  return problem?.replace(/ It was not read\.$/, '') ?? null;
}

/** How many bytes are hashed at a time, between rests. */
const hashChunkBytes = 1 << 20;

/**
 * The SHA-256 of `bytes` in hexadecimal, a megabyte at a time at `pace` (Web Crypto hashes 65 MB
 * in one go, a third of a second of a core beside someone typing): the one hash of backups.
 */
export async function hashAtPace(bytes: Uint8Array<ArrayBuffer>, pace: Pace): Promise<string> {
  const hasher = sha256.create();
  for (let from = 0; from < bytes.length; from += hashChunkBytes) {
    await pace();
    hasher.update(bytes.subarray(from, from + hashChunkBytes));
  }
  return Array.from(hasher.digest(), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The backup's file: `content`'s UTF-8 bytes (already encoded, to be hashed) with the export
 * time filled in, put together from those bytes rather than by encoding a second copy of a
 * text of tens of megabytes (which took seconds in the worker, beside someone typing).
 */
function backupFile(content: string, encoded: Uint8Array<ArrayBuffer>, field: string): Blob {
  const at = content.indexOf(blankExportedAt);
  if (at < 0) throw new Error('the archive was written without its export time');
  const encoder = new TextEncoder();
  const start = encoder.encode(content.slice(0, at)).length;
  return asFileOfBytes([
    encoded.subarray(0, start),
    encoder.encode(field),
    encoded.subarray(start + blankExportedAt.length),
  ]);
}

/** How many characters of a backup's text are encoded at a time, between rests. */
const encodeChunkChars = 1 << 18;

/**
 * `text`'s UTF-8 bytes, encoded a chunk at a time at `pace` (encoding 65 MB at once held the
 * worker for seconds beside someone typing). A chunk never ends between the two halves of a
 * surrogate pair, which encoded apart would each become U+FFFD.
 */
export async function encodeAtPace(text: string, pace: Pace): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  for (let from = 0; from < text.length;) {
    let to = Math.min(from + encodeChunkChars, text.length);
    const last = text.charCodeAt(to - 1);
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to -= 1;
    await pace();
    const chunk = encoder.encode(text.slice(from, to));
    chunks.push(chunk);
    total += chunk.length;
    from = to;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  // Each chunk let go once copied: the text's bytes are held once, not twice.
  for (let chunk = chunks.shift(); chunk !== undefined; chunk = chunks.shift()) {
    await pace();
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * Makes a backup of everything in `db`: read in one transaction (one consistent state),
 * written as the archive text an export writes, hashed without its export time, and — only
 * when that hash differs from `request.knownHash` — held to the archive reader's limits.
 * Its size comes from the bytes the hash is taken of, not from encoding it again. The work
 * after the read goes at `pace` (db/backup-pace.ts).
 */
export async function makeBackup(
  db: MinutebookDb,
  request: MakeRequest,
  pace: Pace = pacer(),
): Promise<MakeResult> {
  const kept = await KeptParts.open(db);
  let parts: string[] | null;
  try {
    parts = await readArchiveParts(db, pace, kept);
  } finally {
    kept.close();
  }
  if (parts === null) return { kind: 'empty' };
  const content = parts.join('');
  parts.length = 0;
  const encoded = await encodeAtPace(content, pace);
  const hash = await hashAtPace(encoded, pace);
  if (hash === request.knownHash) return { kind: 'unchanged' };
  const field = `"exportedAt": "${request.exportedAt}"`;
  const bytes = encoded.length + new TextEncoder().encode(request.exportedAt).length;
  // Scanned with the export time blank but counted at its written length: a date's few
  // characters change nothing else the scan checks.
  const length = content.length - blankExportedAt.length + field.length;
  const problem = await restoreProblem(content, length, pace);
  if (problem !== null) return { kind: 'refused', problem, bytes };
  if (request.shelf === null)
    return { kind: 'made', text: content.replace(blankExportedAt, field), hash, bytes };
  // JSON.stringify writes a lone surrogate as an escape: the text is well-formed.
  const { name, keep, at } = request.shelf;
  await pace();
  const file = backupFile(content, encoded, field);
  const result = await writeShelfBackup(name, file, { contentHash: hash }, new Date(at), keep);
  return { kind: 'written', result, hash };
}
