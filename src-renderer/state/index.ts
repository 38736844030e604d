import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';

/**
 * UI state only (notices, what is selected). Persisted data lives in IndexedDB and is read
 * through live queries; it is never copied here.
 */

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  message: string;
  /** A one-click way back, e.g. undoing a delete. */
  undo?: () => Promise<void>;
}

export interface NoticeSlice {
  notices: Notice[];
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
}

export interface UserSlice {
  /** The user's name, recorded as `updatedBy` on every change. */
  userName: string;
  setUserName: (name: string) => void;
}

export type AppState = NoticeSlice & UserSlice;
export type AppStore = StoreApi<AppState>;

const maxNotices = 4;

const createNoticeSlice: StateCreator<AppState, [], [], NoticeSlice> = (set) => {
  let next = 1;
  return {
    notices: [],
    notify: (notice) =>
      set((s) => ({ notices: [...s.notices, { ...notice, id: next++ }].slice(-maxNotices) })),
    dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  };
};

const createUserSlice: StateCreator<AppState, [], [], UserSlice> = (set) => ({
  userName: '',
  setUserName: (userName) => set({ userName }),
});

/** A fresh store: one per app, and one per test. */
export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createNoticeSlice(...a),
    ...createUserSlice(...a),
  }));
}
