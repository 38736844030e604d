import { useState } from 'react';
import { useReportError } from '../shared/use-report-error';

/**
 * A body setting chosen with a box or a button: the click shows at once, until the stored value
 * it was made over changes (the write landed, or another window wrote); a refused write puts
 * back what is stored and reports why.
 */
export function useStoredChoice<T>(
  stored: T,
  save: (value: T) => Promise<void>,
): [shown: T, choose: (value: T) => void] {
  const report = useReportError();
  const [clicked, setClicked] = useState<{ value: T; over: T } | null>(null);
  const shown = clicked !== null && clicked.over === stored ? clicked.value : stored;
  const choose = (value: T) => {
    setClicked({ value, over: stored });
    save(value).catch((error: unknown) => {
      setClicked(null);
      report(error);
    });
  };
  return [shown, choose];
}
