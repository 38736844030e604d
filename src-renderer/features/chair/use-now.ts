import { useEffect, useState } from 'react';

/**
 * The time now, in epoch milliseconds, refreshed once a second. Every clock in
 * the Chair view is derived from it and from stored start times, so two windows agree.
 */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
