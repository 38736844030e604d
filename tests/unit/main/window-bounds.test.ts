import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clampWindowBounds,
  debounce,
  defaultWindowSize,
  minWindowSize,
} from '../../../src-main/window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const external = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('clampWindowBounds', () => {
  it('uses the default size, centred, when nothing is saved', () => {
    expect(clampWindowBounds(null, [laptop])).toEqual({ ...defaultWindowSize, maximized: false });
  });

  it('keeps bounds that are on a display', () => {
    const saved = { x: 1500, y: 0, width: 1600, height: 1000, maximized: false };
    expect(clampWindowBounds(saved, [laptop, external])).toEqual(saved);
  });

  it('drops the position when the monitor it was on is gone', () => {
    const saved = { x: 1500, y: 0, width: 1200, height: 800, maximized: true };
    expect(clampWindowBounds(saved, [laptop])).toEqual({
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('drops a position whose title bar is above the top of the screen', () => {
    const saved = { x: 100, y: -500, width: 800, height: 600, maximized: false };
    expect(clampWindowBounds(saved, [laptop])).not.toHaveProperty('y');
  });

  it('caps the size at the largest display and keeps the minimum', () => {
    expect(clampWindowBounds({ width: 5000, height: 4000, maximized: false }, [laptop])).toEqual({
      width: 1440,
      height: 870,
      maximized: false,
    });
    expect(clampWindowBounds({ width: 10, height: 10, maximized: false }, [laptop])).toEqual({
      ...minWindowSize,
      maximized: false,
    });
  });

  it('falls back to defaults with no displays', () => {
    expect(
      clampWindowBounds({ x: 1, y: 1, width: 900, height: 700, maximized: false }, []),
    ).toEqual({
      ...defaultWindowSize,
      maximized: false,
    });
  });
});

describe('debounce', () => {
  afterEach(() => vi.useRealTimers());

  it('runs once after the last schedule, flushes at once, cancels', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const debounced = debounce(run, 100);
    debounced.schedule();
    vi.advanceTimersByTime(60);
    debounced.schedule();
    vi.advanceTimersByTime(60);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(run).toHaveBeenCalledTimes(1);
    debounced.flush();
    expect(run).toHaveBeenCalledTimes(1);
    debounced.schedule();
    debounced.flush();
    expect(run).toHaveBeenCalledTimes(2);
    debounced.schedule();
    debounced.cancel();
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
