/* global window, document, addEventListener, requestAnimationFrame, indexedDB */
// Functions that run inside the page (passed to addInitScript / evaluate), so they may use
// only browser globals and their arguments (Playwright sends their source text, so they
// cannot share helpers). All times are on the page's performance clock,
// which is also the clock of KeyboardEvent.timeStamp.

/**
 * Installed before the app loads. For every keydown, records its timeStamp and the time to
 * the end of the next frame: a capture listener on window runs before React's root
 * listener, and a setTimeout(0) queued from requestAnimationFrame runs after that frame's
 * style, layout and paint. Event Timing entries are kept as well: they are the budget's own
 * definition, but Chromium reports only those of 16 ms or more.
 */
export function installProbes() {
  const probes = { since: 0, keys: [], paint: [], eventTiming: [] };
  window.__bench = probes;
  addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      if (start < probes.since) return;
      probes.keys.push(start);
      requestAnimationFrame(() =>
        setTimeout(() => probes.paint.push(performance.now() - start), 0),
      );
    },
    { capture: true },
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown' && entry.startTime >= probes.since)
        probes.eventTiming.push(entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/** Forgets what the probes saw so far (seeding also presses keys). */
export function resetProbes() {
  const probes = window.__bench;
  probes.since = performance.now();
  probes.keys.length = 0;
  probes.paint.length = 0;
  probes.eventTiming.length = 0;
}

export function readProbes() {
  const { keys, paint, eventTiming } = window.__bench;
  return { keys, paint, eventTiming };
}

/** The id of the one paragraph block of the agenda item stored with this exact title. */
export async function findParagraphId(title) {
  // No version: open whatever the app created, without upgrading it.
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('minutebook');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('cannot open minutebook'));
  });
  try {
    const all = await new Promise((resolve, reject) => {
      const request = db.transaction('agendaItems').objectStore('agendaItems').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('cannot read agendaItems'));
    });
    const found = all.filter((item) => item.title === title);
    if (found.length !== 1) throw new Error(`${found.length} agenda items titled "${title}"`);
    // An item's blocks are kept in one row, keyed by the item's id.
    const blocks = await new Promise((resolve, reject) => {
      const request = db.transaction('itemMinutes').objectStore('itemMinutes').get(found[0].id);
      request.onsuccess = () => resolve(request.result?.blocks ?? []);
      request.onerror = () => reject(request.error ?? new Error('cannot read itemMinutes'));
    });
    const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
    if (paragraphs.length !== 1)
      throw new Error(`${paragraphs.length} paragraphs under "${title}", not one`);
    return paragraphs[0].id;
  } finally {
    db.close();
  }
}

/**
 * Reads the paragraph's stored text every 10 ms with the raw IndexedDB API (not the app's
 * Dexie, which the page does not expose) and records when its length changes. A read is
 * timed when it completes, so a commit is seen at most ~10 ms (plus the read) late.
 */
export async function startCommitPoller(id) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('minutebook');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('cannot open minutebook'));
  });
  const seen = [];
  let last = -1;
  const timer = setInterval(() => {
    const store = db.transaction('itemMinutes').objectStore('itemMinutes');
    const request = store.index('blockIds').get(id);
    request.onsuccess = () => {
      const block = request.result?.blocks.find((b) => b.id === id);
      const length = block?.text.length ?? -1;
      if (length !== last) {
        last = length;
        seen.push([performance.now(), length]);
      }
    };
  }, 10);
  window.__benchPoller = {
    seen,
    stop: () => {
      clearInterval(timer);
      db.close();
    },
  };
}

/** Stops the poller; returns [time, stored text length] pairs in time order. */
export function stopCommitPoller() {
  window.__benchPoller.stop();
  return window.__benchPoller.seen;
}

/**
 * For the backup bench, in every page: the longest gap between two animation frames and the
 * longest task since the last reset, the longest wait of a key for the next frame, and when
 * the app's backup lock was first seen held and then free again.
 */
export function installBackupProbes() {
  const probe = { gap: 0, task: 0, key: 0, held: null, freed: null };
  window.__backupProbe = probe;
  let last = performance.now();
  const frame = (now) => {
    probe.gap = Math.max(probe.gap, now - last);
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.task = Math.max(probe.task, entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  document.addEventListener(
    'keydown',
    (event) => {
      const down = event.timeStamp;
      requestAnimationFrame((now) => {
        probe.key = Math.max(probe.key, now - down);
      });
    },
    true,
  );
  setInterval(() => {
    void navigator.locks?.query().then((state) => {
      const held = state.held.some((lock) => lock.name === 'minutebook-backup');
      if (held && probe.held === null) probe.held = performance.now();
      if (!held && probe.held !== null && probe.freed === null) probe.freed = performance.now();
    });
  }, 20);
}

/** Forgets what the backup probe saw so far. */
export function resetBackupProbe() {
  Object.assign(window.__backupProbe, { gap: 0, task: 0, key: 0, held: null, freed: null });
}

export function readBackupProbe() {
  return { ...window.__backupProbe };
}

/** The newest backup on the browser's shelf: its size, read without its text. */
export function newestBackupBytes() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('minutebook-backups');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const index = db.transaction('backups').objectStore('backups').index('savedAt');
      const cursor = index.openCursor(null, 'prev');
      cursor.onsuccess = () => {
        resolve(cursor.result?.value.bytes ?? 0);
        db.close();
      };
      cursor.onerror = () => reject(cursor.error);
    };
  });
}
