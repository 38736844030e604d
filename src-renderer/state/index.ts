import { createStore, type StoreApi } from 'zustand/vanilla';
import { createNoticeSlice, type NoticeSlice } from './notices';
import { createUserSlice, type UserSlice } from './user';

/**
 * UI state only (notices, what is selected). Persisted data lives in IndexedDB and is read
 * through live queries; it is never copied here.
 */

export type { Notice, NoticeInput, NoticeSlice, NoticeTone } from './notices';
export { maxNotices, noticeGraceAfterHold, noticeLifetime } from './notices';
export type { UserSlice } from './user';

export type AppState = NoticeSlice & UserSlice;
export type AppStore = StoreApi<AppState>;

/** A fresh store: one per app, and one per test. */
export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createNoticeSlice(...a),
    ...createUserSlice(...a),
  }));
}
