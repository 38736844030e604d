/**
 * What makes a backup good: its text reads as a whole Minutebook archive with the same reader
 * the app restores with (src-renderer/domain/archive.ts, pure, bundled into main by esbuild).
 * The main process holds the renderer to this before writing a backup, and counts only such
 * files when it decides which old backups to delete.
 */
import { parseArchive } from '../../src-renderer/domain/archive';

/**
 * Why `text` is not a Minutebook archive (the reader's first finding, which names the bad
 * field), or null when it is one.
 */
export function archiveProblem(text: string): string | null {
  const parsed = parseArchive(text, 2);
  if (parsed.ok) return null;
  const [first = 'it could not be read', ...rest] = parsed.errors;
  return rest.length > 0 ? `${first} (and more)` : first;
}
