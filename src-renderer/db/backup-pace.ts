/**
 * A backup's pace: its work after the read (writing each meeting's text, encoding it, copying
 * the bytes) done in slices with a rest after each, so that the backup worker leaves a core to
 * the page where someone types. A backup is background work: taking longer costs nobody, a
 * frame of typing that waits for a core is seen.
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

/** Half a core: a slice of 8 ms, then as long a rest. */
export const backupPace: PaceTimes = { sliceMs: 8, restMs: 8 };

/** No rest at all: for work nobody waits beside (tests, a restore's check). */
export const noRest: Pace = () => Promise.resolve();

/** A pace of `times`, timed from its making. */
export function pacer(times: PaceTimes = backupPace): Pace {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < times.sliceMs) return;
    await new Promise((resolve) => setTimeout(resolve, times.restMs));
    since = performance.now();
  };
}
