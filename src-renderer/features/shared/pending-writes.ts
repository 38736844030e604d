/**
 * Every field with an edit not yet committed registers a flush here, so that hiding or
 * closing the window commits everything at once (pagehide / visibilitychange → hidden).
 */
const flushes = new Set<() => void>();

export function registerFlush(flush: () => void): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

export function flushAll(): void {
  for (const flush of [...flushes]) flush();
}

let installed = false;

/** Listens for the window going away; idempotent. */
export function installFlushOnHide(target: Window): void {
  if (installed) return;
  installed = true;
  target.addEventListener('pagehide', flushAll);
  target.addEventListener('beforeunload', flushAll);
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') flushAll();
  });
}
