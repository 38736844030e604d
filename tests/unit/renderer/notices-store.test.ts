import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAppStore,
  maxNotices,
  noticeGraceAfterHold,
  noticeLifetime,
  type AppStore,
} from '../../../src-renderer/state';

let store: AppStore;
const messages = () => store.getState().notices.map((n) => n.message);
const undo = () => Promise.resolve();

beforeEach(() => {
  vi.useFakeTimers();
  store = createAppStore();
  store.getState().showScreen('/meetings/m1/minutes');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a confirmation', () => {
  it('goes by itself after its lifetime', () => {
    store.getState().notify({ tone: 'info', message: 'Saved.' });
    vi.advanceTimersByTime(noticeLifetime.plain - 1);
    expect(messages()).toEqual(['Saved.']);
    vi.advanceTimersByTime(1);
    expect(messages()).toEqual([]);
  });

  it('with Undo stays longer', () => {
    store.getState().notify({ tone: 'info', message: 'Deleted.', undo });
    vi.advanceTimersByTime(noticeLifetime.plain);
    expect(messages()).toEqual(['Deleted.']);
    vi.advanceTimersByTime(noticeLifetime.withUndo - noticeLifetime.plain);
    expect(messages()).toEqual([]);
  });

  it('waits while held, then has what was left (at least the grace)', () => {
    store.getState().notify({ tone: 'info', message: 'Deleted.', undo });
    vi.advanceTimersByTime(noticeLifetime.withUndo - 5000);
    store.getState().holdNotices(true);
    vi.advanceTimersByTime(60_000);
    expect(messages()).toEqual(['Deleted.']);
    store.getState().holdNotices(false);
    vi.advanceTimersByTime(4999);
    expect(messages()).toEqual(['Deleted.']);
    vi.advanceTimersByTime(1);
    expect(messages()).toEqual([]);

    store.getState().notify({ tone: 'info', message: 'Almost gone.' });
    vi.advanceTimersByTime(noticeLifetime.plain - 10);
    store.getState().holdNotices(true);
    store.getState().holdNotices(false);
    vi.advanceTimersByTime(noticeGraceAfterHold - 1);
    expect(messages()).toEqual(['Almost gone.']);
    vi.advanceTimersByTime(1);
    expect(messages()).toEqual([]);
  });

  it('raised while held starts its time when released', () => {
    store.getState().holdNotices(true);
    store.getState().notify({ tone: 'info', message: 'Saved.' });
    vi.advanceTimersByTime(60_000);
    store.getState().holdNotices(false);
    vi.advanceTimersByTime(noticeLifetime.plain - 1);
    expect(messages()).toEqual(['Saved.']);
    vi.advanceTimersByTime(1);
    expect(messages()).toEqual([]);
  });

  it('dismissed by hand leaves no timer behind', () => {
    store.getState().notify({ tone: 'info', message: 'Saved.' });
    const [notice] = store.getState().notices;
    store.getState().dismiss(notice?.id ?? -1);
    expect(messages()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('an error', () => {
  it('stays until dismissed', () => {
    store.getState().notify({ tone: 'error', message: 'Disk full.' });
    vi.advanceTimersByTime(60 * 60_000);
    expect(messages()).toEqual(['Disk full.']);
    expect(vi.getTimerCount()).toBe(0);
    const [notice] = store.getState().notices;
    store.getState().dismiss(notice?.id ?? -1);
    expect(messages()).toEqual([]);
  });

  it('outlasts confirmations when too many arrive', () => {
    expect(maxNotices).toBe(3);
    store.getState().notify({ tone: 'error', message: 'E1' });
    for (const message of ['I1', 'I2', 'I3']) store.getState().notify({ tone: 'info', message });
    expect(messages()).toEqual(['E1', 'I2', 'I3']);
    store.getState().notify({ tone: 'error', message: 'E2' });
    store.getState().notify({ tone: 'error', message: 'E3' });
    store.getState().notify({ tone: 'error', message: 'E4' });
    expect(messages()).toEqual(['E2', 'E3', 'E4']);
  });
});

describe('notices and screens', () => {
  it('belong to the screen they arose on and go when the user moves on', async () => {
    store.getState().notify({ tone: 'error', message: 'Disk full.' });
    store.getState().notify({ tone: 'info', message: 'Deleted.', undo });
    expect(store.getState().notices.map((n) => n.screen)).toEqual([
      '/meetings/m1/minutes',
      '/meetings/m1/minutes',
    ]);
    await Promise.resolve();
    store.getState().showScreen('/meetings/m1/minutes');
    expect(messages()).toEqual(['Disk full.', 'Deleted.']);
    store.getState().showScreen('/meetings/m1');
    expect(messages()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('raised by the code that then moves on go along with it', async () => {
    await Promise.resolve();
    store.getState().notify({ tone: 'info', message: 'Imported “SEC Panel”.' });
    store.getState().showScreen('/bodies/b1');
    expect(store.getState().notices).toMatchObject([
      { message: 'Imported “SEC Panel”.', screen: '/bodies/b1' },
    ]);
    // Later, the next move clears it, and its timer still runs meanwhile.
    await Promise.resolve();
    store.getState().showScreen('/');
    expect(messages()).toEqual([]);
  });

  it('raised before the first screen is shown belong to it', async () => {
    const early = createAppStore();
    early.getState().notify({ tone: 'info', message: '2 edits recovered.' });
    await Promise.resolve();
    early.getState().showScreen('/');
    expect(early.getState().notices).toMatchObject([
      { message: '2 edits recovered.', screen: '/' },
    ]);
  });
});
