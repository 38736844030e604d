/* global document, requestAnimationFrame, HTMLInputElement, MutationObserver */
// Times search through the UI: on a page of the served app with an archive loaded, opens
// search (Ctrl+K), waits for the index to be built (reported as search_index_ms, for
// information), then types each of ~50 varied queries a key at a time at a brisk typing pace
// and times the last key → the answer to the whole query drawn (the results list's
// data-answers says which query it answers) and painted (the frame after). Earlier keys'
// searches are still running or queued when the last key goes down, as they would be.
// Budget (DESIGN.md, issue 13): search p95 ≤ 100 ms.
import { percentile } from './stats.mjs';

export const searchBudgetMs = 100;

/** Words, names, references, phrases, filters' worth of variety: 50 queries. */
export const searchQueries = [
  'budget',
  'risk register',
  'annual report',
  'business plan',
  'security assessment',
  'consultation response',
  'release schedule',
  'supplier audit',
  'data protection',
  'incident report',
  'service desk',
  'testing strategy',
  'migration plan',
  '"terms of reference"',
  'procurement contract',
  'stakeholder engagement',
  'independent assurance',
  'firmware upgrade',
  'disaster recovery',
  'charging statement',
  'meter installation',
  '"code of practice"',
  'transition arrangements',
  'modification proposal',
  'llyr',
  'Siân',
  'zoe muller',
  'Σοφία',
  'lukasz',
  'Øystein',
  'jose alvarez',
  'noted contents paper',
  'approved revised timetable',
  'agreed publish website',
  'SECAS',
  'workshop',
  '"a workshop has been arranged"',
  'milestones met',
  'performance targets',
  'late delivery equipment',
  'working group report back',
  'circulate members correspondence',
  'published website guidance',
  'costs smaller parties',
  'objections review period',
  'September',
  'effort reviewed independently',
  'Chair thanked',
  'wording clarified publication',
  'progr',
];

/** In the page: types `query` into the search box key by key, and times last key → painted answer. */
async function typeAndTime({ query, gapMs }) {
  const dialog = document.querySelector('dialog.search-dialog');
  const input = dialog.querySelector('input[role="combobox"]');
  const list = dialog.querySelector('[role="listbox"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const type = (text) => {
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  type('');
  await sleep(gapMs);
  for (let i = 1; i < query.length; i += 1) {
    type(query.slice(0, i));
    await sleep(gapMs);
  }
  const answered = new Promise((resolve) => {
    const done = () => list.getAttribute('data-answers') === query;
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(list, { attributes: true, attributeFilter: ['data-answers'] });
  });
  const start = performance.now();
  type(query);
  await answered;
  // Painted: the frame that shows the answer has been produced.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return {
    ms: performance.now() - start,
    results: list.querySelectorAll('[role="option"]').length,
  };
}

/**
 * Runs the queries through the search dialog of `page` (the served app, an archive loaded)
 * and returns { search_p95_ms, search_median_ms, search_index_ms, search_queries }.
 */
export async function measureSearch(page, { gapMs = 60, log = () => {} } = {}) {
  const opened = Date.now();
  await page.keyboard.press('Control+k');
  await page.locator('dialog.search-dialog[open]').waitFor();
  await page
    .locator('dialog.search-dialog[data-index="ready"]')
    .waitFor({ timeout: 180_000, state: 'attached' });
  const indexMs = Date.now() - opened;
  log(`search: index ready in ${String(indexMs)} ms`);
  // One query unmeasured, so the first measured one does not pay for warming up.
  await page.evaluate(typeAndTime, { query: 'warm up', gapMs });
  const times = [];
  for (const query of searchQueries) {
    const { ms, results } = await page.evaluate(typeAndTime, { query, gapMs });
    times.push(ms);
    log(`search: ${query} → ${String(results)} drawn in ${ms.toFixed(1)} ms`);
  }
  await page.keyboard.press('Escape');
  const round = (n) => Math.round(n * 10) / 10;
  return {
    search_p95_ms: round(percentile(times, 95)),
    search_median_ms: round(percentile(times, 50)),
    search_index_ms: indexMs,
    search_queries: times.length,
  };
}

export default measureSearch;
