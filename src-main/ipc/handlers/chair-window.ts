/**
 * openChairWindow: the Chair view of a meeting in a window of its own, for a projector or a
 * second screen. One window per meeting: asking again brings the open one to the front.
 */

export interface ChairWindowDeps {
  /** The app's entry page: app://minutebook/index.html, or the dev server in development. */
  entryUrl: string;
  /** Makes the window through the secure factory (windows.ts createChairWindow). */
  create: (url: string) => Electron.BrowserWindow;
}

/** The entry page with the Chair view's route in its fragment; the id is percent-encoded. */
export function chairViewUrl(entryUrl: string, meetingId: string): string {
  const url = new URL(entryUrl);
  url.hash = `/meetings/${encodeURIComponent(meetingId)}/chair`;
  return url.href;
}

function bringToFront(window: Electron.BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** Builds the handler; it remembers the open Chair windows by meeting. */
export function createOpenChairWindowHandler(deps: ChairWindowDeps) {
  const open = new Map<string, Electron.BrowserWindow>();
  return (meetingId: string): void => {
    const existing = open.get(meetingId);
    if (existing !== undefined && !existing.isDestroyed()) {
      bringToFront(existing);
      return;
    }
    const window = deps.create(chairViewUrl(deps.entryUrl, meetingId));
    open.set(meetingId, window);
    window.on('closed', () => {
      if (open.get(meetingId) === window) open.delete(meetingId);
    });
  };
}
