import { dataErrorOf } from './errors';

function isNamed(error: unknown, names: readonly string[]): boolean {
  if (!(error instanceof Error)) return false;
  if (names.includes(error.name)) return true;
  const inner = (error as { inner?: unknown }).inner;
  return inner !== undefined && inner !== error && isNamed(inner, names);
}

/** True for a write refused because the disk or the browser's storage is full. */
export function isQuotaError(error: unknown): boolean {
  return isNamed(error, ['QuotaExceededError']);
}

/**
 * What a failed write tells the user: the data layer's own message, or for the failures of
 * the storage itself a sentence that says what happened to the text and what to do.
 */
export function userMessage(error: unknown): string {
  const refused = dataErrorOf(error);
  if (refused) return refused.message;
  if (isQuotaError(error)) {
    return 'There is no room left to save on this computer (the disk or the storage Minutebook may use is full). What you typed is kept and is saved at the next start once there is room: free some space, then reload.';
  }
  if (isNamed(error, ['DatabaseClosedError', 'VersionChangeError'])) {
    return 'Minutebook’s data was closed, perhaps because a newer version of Minutebook opened it in another window. What you typed is kept; reload this window to go on.';
  }
  return error instanceof Error ? error.message : String(error);
}
