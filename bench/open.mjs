/* global document, window, requestAnimationFrame */
// Opening the app on a body of the fifteen-year archive: the page reloaded on the body's
// screen, timed from the navigation's start to the first frame painted with the meetings
// list shown and nothing marked busy; then the JavaScript heap after that opening.
// Contract: `page` is a page of the served build whose IndexedDB holds the archive, and
// `bodyId` names the body to open.
import { summary } from './stats.mjs';

export const openBudgetMs = 1000;
const runs = 5;

/** In the page, before the app loads: resolves `window.__opened` at the first complete frame. */
function watchOpening() {
  window.__opened = new Promise((resolve) => {
    const check = () => {
      const ready =
        document.querySelector('.meetings-list a.link-card') !== null &&
        document.querySelector('[aria-busy="true"]') === null;
      if (!ready) {
        requestAnimationFrame(check);
        return;
      }
      // After this frame's style, layout and paint.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
    };
    requestAnimationFrame(check);
  });
}

/** `{ open_ms, open_p95_ms, heap_mb_15y }` for the body's screen, reloaded `runs` times. */
export async function benchOpen(page, baseUrl, bodyId) {
  await page.addInitScript(watchOpening);
  await page.goto(`${baseUrl}#/bodies/${bodyId}`);
  await page.evaluate(() => window.__opened);
  const times = [];
  for (let run = 0; run < runs; run++) {
    await page.reload();
    times.push(await page.evaluate(() => window.__opened));
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const open = summary(times);
  const heap = Math.round((usedSize / 1024 / 1024) * 10) / 10;
  console.log(`open_ms p50 ${open.p50} p95 ${open.p95} (n=${open.n}, budget ${openBudgetMs})`);
  console.log(`heap_mb_15y ${heap} (JS heap after opening, garbage collected)`);
  return { open_ms: open.p50, open_p95_ms: open.p95, heap_mb_15y: heap };
}
