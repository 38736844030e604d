/**
 * A backup's pace: its work (reading each meeting, writing its text, encoding it, copying the
 * bytes) done in slices with a rest after each, so that the backup worker, and IndexedDB
 * answering it, leave a core to the page where someone types. A backup is background work:
 * taking longer costs nobody, a frame of typing that waits for a core is seen.
 */
export interface Pace {
  /** Resolves at once while the slice lasts; after it, once the rest is over. */
  (): Promise<void>;
}

/** How long a slice of work lasts, and how long the rest after it, in milliseconds. */
export interface PaceTimes {
  sliceMs: number;
  restMs: number;
}

/** Half a core: a slice of 8 ms, then as long a rest (or as the slice took, if longer). */
export const backupPace: PaceTimes = { sliceMs: 8, restMs: 8 };

/** No rest at all: for work nobody waits beside (tests, a restore's check). */
export const noRest: Pace = () => Promise.resolve();

/**
 * A pace of `times`, timed from its making. A slice that ran over (one meeting's read takes what
 * it takes) is followed by a rest as long as it was, so the work never takes more than half.
 */
export function pacer(times: PaceTimes = backupPace): Pace {
  let since = performance.now();
  return async () => {
    const worked = performance.now() - since;
    if (worked < times.sliceMs) return;
    await new Promise((resolve) => setTimeout(resolve, Math.max(times.restMs, worked)));
    since = performance.now();
  };
}
