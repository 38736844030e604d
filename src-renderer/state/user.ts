import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './index';

export interface UserSlice {
  /** The user's name, recorded as `updatedBy` on every change. */
  userName: string;
  setUserName: (name: string) => void;
}

export const createUserSlice: StateCreator<AppState, [], [], UserSlice> = (set) => ({
  userName: '',
  setUserName: (userName) => set({ userName }),
});
