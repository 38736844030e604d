import { useCallback } from 'react';
import { userMessage } from '../../db';
import { useServices } from '../shell/app-context';

/** Turns a failed write into a notice the user can read; nothing fails silently. */
export function useReportError(): (error: unknown) => void {
  const { store } = useServices();
  return useCallback(
    (error: unknown) => {
      store.getState().notify({ tone: 'error', message: userMessage(error) });
    },
    [store],
  );
}
