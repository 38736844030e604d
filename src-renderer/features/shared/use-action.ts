import { useCallback, useState } from 'react';
import { useReportError } from './use-report-error';

/**
 * Runs a user's command (create, move, delete) and reports a failure as a notice; `busy`
 * guards against a double click creating two records.
 */
export function useAction<A extends unknown[]>(run: (...args: A) => Promise<void>) {
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  const act = useCallback(
    (...args: A) => {
      if (busy) return;
      setBusy(true);
      run(...args)
        .catch(report)
        .finally(() => setBusy(false));
    },
    [busy, run, report],
  );
  return { act, busy };
}
