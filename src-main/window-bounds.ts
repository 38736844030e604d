/**
 * Remembered window bounds: clamping saved bounds onto a display that still exists (pure),
 * and a debounced saver for move/resize.
 */
import type { WindowBounds } from './services/settings';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const defaultWindowSize = { width: 1280, height: 820 } as const;
export const minWindowSize = { width: 720, height: 520 } as const;

/** How much of the window's top strip must be on a display to count as visible. */
const minVisible = { width: 120, height: 40 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Fits saved bounds to the displays present now (`workAreas`, e.g. from
 * screen.getAllDisplays()). The size is capped by the largest work area; a position whose
 * title bar is not on any display (an unplugged monitor) is dropped so the window centres.
 */
export function clampWindowBounds(
  saved: WindowBounds | null,
  workAreas: readonly Rect[],
): WindowBounds {
  if (saved === null || workAreas.length === 0) {
    return { ...defaultWindowSize, maximized: saved?.maximized ?? false };
  }
  const maxWidth = Math.max(...workAreas.map((area) => area.width));
  const maxHeight = Math.max(...workAreas.map((area) => area.height));
  const width = Math.max(Math.min(saved.width, maxWidth), Math.min(minWindowSize.width, maxWidth));
  const height = Math.max(
    Math.min(saved.height, maxHeight),
    Math.min(minWindowSize.height, maxHeight),
  );
  const sized: WindowBounds = { width, height, maximized: saved.maximized };
  if (saved.x === undefined || saved.y === undefined) return sized;
  const titleBar: Rect = { x: saved.x, y: saved.y, width, height: minVisible.height };
  const visible = workAreas.some((area) => {
    const shared = overlap(titleBar, area);
    return shared.width >= minVisible.width && shared.height >= minVisible.height;
  });
  return visible ? { ...sized, x: saved.x, y: saved.y } : sized;
}

/** A debounced call with a way to run it at once (on close) or drop it. */
export interface Debounced {
  schedule(): void;
  flush(): void;
  cancel(): void;
}

/** Debounces `run` by `delayMs`; `flush` runs it now if one is pending. */
export function debounce(run: () => void, delayMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    schedule() {
      cancel();
      timer = setTimeout(() => {
        timer = null;
        run();
      }, delayMs);
    },
    flush() {
      if (timer === null) return;
      cancel();
      run();
    },
    cancel,
  };
}
