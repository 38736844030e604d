import { useCallback, useRef } from 'react';
import { useReportError } from './use-report-error';

/**
 * Runs a repeatable command (a move) once for each time it is asked, one after another in the
 * order asked: Alt+↓ pressed three times while the first move is written moves three places,
 * none is dropped. A failure is reported as a notice, and the commands after it still run.
 */
export function useQueued<A extends unknown[]>(run: (...args: A) => Promise<void>) {
  const report = useReportError();
  const chain = useRef<Promise<void>>(Promise.resolve());
  return useCallback(
    (...args: A) => {
      chain.current = chain.current.then(() => run(...args)).catch(report);
    },
    [run, report],
  );
}
