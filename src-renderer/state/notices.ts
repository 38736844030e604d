import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './index';

/**
 * Notices: confirmations that go by themselves, errors that stay until dismissed. Each belongs
 * to the screen it arose on and goes when the user leaves that screen.
 */

export type NoticeTone = 'info' | 'error';

export interface Notice {
  id: number;
  tone: NoticeTone;
  message: string;
  /** A one-click way back, e.g. undoing a delete. */
  undo?: () => Promise<void>;
  /** The screen (route path) it belongs to. */
  screen: string;
}

export type NoticeInput = Omit<Notice, 'id' | 'screen'>;

export interface NoticeSlice {
  notices: Notice[];
  /** The screen shown now, as a route path ("/meetings/…/minutes"); '' before the first. */
  screen: string;
  notify: (notice: NoticeInput) => void;
  dismiss: (id: number) => void;
  /**
   * The user moved to another screen: the notices of the one left go. Notices raised by the
   * code that moved there, in the same run of code (import a file, then open it), go along.
   */
  showScreen: (screen: string) => void;
  /** While the pointer or the focus is on the notices, confirmations wait (so Undo is reachable). */
  holdNotices: (held: boolean) => void;
}

/** How long a confirmation stays, in milliseconds: longer when it offers Undo. */
export const noticeLifetime = { plain: 6000, withUndo: 10_000 } as const;
/** After a hold, a confirmation stays at least this long, so it does not vanish under the pointer. */
export const noticeGraceAfterHold = 2000;
/** More than this many at once and the oldest go, confirmations before errors. */
export const maxNotices = 3;

interface Countdown {
  handle: ReturnType<typeof setTimeout> | null;
  /** When it runs out (epoch ms), while running. */
  due: number;
  /** What is left, while held. */
  left: number;
}

/** Drops the oldest notices beyond the limit, confirmations first. */
function trim(notices: Notice[]): Notice[] {
  const out = [...notices];
  while (out.length > maxNotices) {
    const oldestInfo = out.findIndex((n) => n.tone === 'info');
    out.splice(oldestInfo === -1 ? 0 : oldestInfo, 1);
  }
  return out;
}

export const createNoticeSlice: StateCreator<AppState, [], [], NoticeSlice> = (set, get) => {
  let next = 1;
  let held = false;
  const countdowns = new Map<number, Countdown>();
  // Ids raised in the code running now; forgotten at the next microtask.
  const fresh = new Set<number>();

  const start = (id: number, ms: number) => {
    const countdown: Countdown = { handle: null, due: Date.now() + ms, left: ms };
    if (!held) countdown.handle = setTimeout(() => get().dismiss(id), ms);
    countdowns.set(id, countdown);
  };
  const stop = (id: number) => {
    const countdown = countdowns.get(id);
    if (countdown?.handle != null) clearTimeout(countdown.handle);
    countdowns.delete(id);
  };
  const keepOnly = (kept: Notice[]) => {
    const ids = new Set(kept.map((n) => n.id));
    for (const id of [...countdowns.keys()]) if (!ids.has(id)) stop(id);
    return kept;
  };

  return {
    notices: [],
    screen: '',
    notify: (input) => {
      const id = next++;
      const notice: Notice = { ...input, id, screen: get().screen };
      if (fresh.size === 0) queueMicrotask(() => fresh.clear());
      fresh.add(id);
      if (notice.tone === 'info')
        start(id, notice.undo ? noticeLifetime.withUndo : noticeLifetime.plain);
      set({ notices: keepOnly(trim([...get().notices, notice])) });
    },
    dismiss: (id) => {
      stop(id);
      if (!get().notices.some((n) => n.id === id)) return;
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },
    showScreen: (screen) => {
      const before = get().screen;
      if (screen === before) return;
      // Before the first screen is shown, whatever was raised belongs to it.
      const kept = get()
        .notices.filter((n) => before === '' || fresh.has(n.id))
        .map((n) => ({ ...n, screen }));
      set({ screen, notices: keepOnly(kept) });
    },
    holdNotices: (hold) => {
      if (hold === held) return;
      held = hold;
      const now = Date.now();
      for (const [id, countdown] of countdowns) {
        if (hold) {
          if (countdown.handle !== null) clearTimeout(countdown.handle);
          countdown.handle = null;
          countdown.left = Math.max(0, countdown.due - now);
        } else {
          start(id, Math.max(countdown.left, noticeGraceAfterHold));
        }
      }
    },
  };
};
