import { useEffect } from 'react';
import { useServices } from '../shell/app-context';
import { answerRollCall } from './window-roll-call';

/** The first backup a minute after the app starts, then one every five minutes. */
export const backupSchedule = { firstAfterMs: 60_000, everyMs: 5 * 60_000 } as const;

/**
 * Backs everything up on a schedule, and when the window is hidden (the laptop closed at
 * the end of a meeting). A backup is written only if something changed, and the data is not
 * even read when no write was seen since the last backup matched it. A failure, or a
 * backup not kept because it would not restore, is told once, not at every attempt, until a
 * backup succeeds again.
 */
export function useBackupSchedule(): void {
  const { backups, store } = useServices();
  useEffect(() => answerRollCall(), []);
  useEffect(() => {
    let failing = false;
    const unsubscribe = backups.subscribe((outcome) => {
      const bad = outcome.kind === 'failed' || outcome.kind === 'refused';
      if (bad && !failing) {
        store.getState().notify({ tone: 'error', message: `Backup: ${outcome.message}` });
      }
      failing = bad;
    });
    const backUp = () => void backups.backUp({ ifChanged: true });
    const onHide = () => {
      if (document.visibilityState === 'hidden') backUp();
    };
    let every: ReturnType<typeof setInterval> | undefined;
    const first = setTimeout(() => {
      backUp();
      every = setInterval(backUp, backupSchedule.everyMs);
    }, backupSchedule.firstAfterMs);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      unsubscribe();
      clearTimeout(first);
      clearInterval(every);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [backups, store]);
}
