import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchKillable, type KillableBrowser } from './support/killable-browser';
import { addItems, createBodyAndMeeting } from './support/ui';

// The data-safety promise, tested as a crash or a power cut would test it: the browser is
// killed outright (SIGKILL: no unload, no flush) while someone types, started again on the
// same profile, and everything typed more than 300 ms before the kill must be there.
const safeAfterMs = 300;

// Cycles per scenario: MINUTEBOOK_CRASH_CYCLES for a run at length (npm run test:crash),
// else each scenario's own few, so that npm test stays quick.
const cyclesWanted = Number(process.env.MINUTEBOOK_CRASH_CYCLES ?? '');
const cyclesOf = (fallback: number) =>
  Number.isSafeInteger(cyclesWanted) && cyclesWanted > 0 ? cyclesWanted : fallback;
// Each cycle, one JSON line appended to the file MINUTEBOOK_CRASH_LOG names (for
// scripts/test-crash.mjs): what was typed, kept and lost, and how much of the loss was older
// than the promise allows.
const crashLog = process.env.MINUTEBOOK_CRASH_LOG;
/** Time for a scenario: starting, and about ten seconds a cycle, twice over (2 min at least). */
const timeoutFor = (cycles: number) => Math.max(120_000, 60_000 + cycles * 20_000);

// Playwright's trace follows every browser a test connects to, and cannot be written for one
// killed under it: these tests record none.
test.use({ trace: 'off' });
// One at a time, in a project of their own that runs after the others (playwright.config.ts).
test.describe.configure({ mode: 'serial' });

/**
 * Types `text` a character at a time, `pauseMs` apart, until the browser dies; returns when
 * each was typed.
 */
async function typeUntilKilled(page: Page, text: string, pauseMs: number): Promise<number[]> {
  const typedAt: number[] = [];
  try {
    for (const char of text) {
      await page.keyboard.type(char);
      typedAt.push(Date.now());
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  } catch {
    // The browser was killed under the typing: what was typed so far is the record.
  }
  return typedAt;
}

interface Scenario {
  /** Leaves the page on the screen with the field; typing goes on from its text. */
  prepare: (page: Page, home: string) => Promise<void>;
  field: (page: Page) => Locator;
  /** Typed in each cycle, until the kill; long enough to outlast the 1 to 3 s before it. */
  text: string;
  /** Pause between keys: a short text is typed slowly enough to be killed mid-word. */
  pauseMs: number;
  cycles: number;
  /** The field's limit: before a cycle could type past it, the field is set back to `restart`. */
  maxLength: number;
  restart: string;
  /** Names the scenario in the log. */
  name: string;
}

async function killWhileTyping(home: string, scenario: Scenario): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'minutebook-crash-'));
  let running: KillableBrowser | undefined;
  try {
    running = await launchKillable(profile);
    await scenario.prepare(running.page, home);
    const url = running.page.url();
    let kept = await scenario.field(running.page).inputValue();
    for (let cycle = 1; cycle <= scenario.cycles; cycle++) {
      const browser: KillableBrowser = running;
      if (kept.length + scenario.text.length > scenario.maxLength) {
        // Many cycles would fill the field: start it again, and let that be stored first.
        await scenario.field(browser.page).fill(scenario.restart);
        await browser.page.waitForTimeout(safeAfterMs * 3);
        kept = scenario.restart;
      }
      await scenario.field(browser.page).focus();
      await browser.page.keyboard.press('Control+End');
      // Killed after 1 to 3 s of steady typing, at a moment the test does not choose.
      let killedAt = 0;
      const killing = new Promise<void>((resolve, reject) => {
        setTimeout(
          () => {
            killedAt = Date.now();
            browser.kill().then(resolve, reject);
          },
          1000 + Math.floor(Math.random() * 2000),
        );
      });
      const typedAt = await typeUntilKilled(browser.page, scenario.text, scenario.pauseMs);
      await killing;
      const safe = typedAt.filter((at) => at <= killedAt - safeAfterMs).length;
      expect(safe, `cycle ${cycle}: typing went on long enough to test`).toBeGreaterThan(5);

      running = await launchKillable(profile);
      await running.page.goto(url);
      const field = scenario.field(running.page);
      await expect(field).toBeVisible();
      const value = await field.inputValue();
      // For the record: how long before the kill the newest key not kept was typed.
      const lost = typedAt.slice(value.length - kept.length);
      const typed = kept + scenario.text.slice(0, typedAt.length + 1);
      if (crashLog !== undefined) {
        const record = {
          scenario: scenario.name,
          cycle,
          typed: typedAt.length,
          kept: value.length - kept.length,
          lost: lost.length,
          // Keys typed 300 ms or more before the kill and not kept: the promise broken.
          lostOlderThanSafe: lost.filter((at) => at <= killedAt - safeAfterMs).length,
          keptAsTyped: value === typed.slice(0, value.length),
        };
        appendFileSync(crashLog, `${JSON.stringify(record)}\n`);
      }
      console.log(
        `crash cycle ${String(cycle)}: ${String(typedAt.length)} keys typed, ` +
          `${String(lost.length)} not kept` +
          (lost.length > 0
            ? `, the oldest of them ${String(killedAt - (lost[0] ?? 0))} ms before the kill`
            : ''),
      );
      // What survived is what was typed, in order: everything up to 300 ms before the kill,
      // perhaps a little more (the key in flight at the kill too), never anything else.
      expect(value, `cycle ${cycle}: kept text is what was typed`).toBe(
        typed.slice(0, value.length),
      );
      expect(value.length, `cycle ${cycle}: characters kept`).toBeGreaterThanOrEqual(
        kept.length + safe,
      );
      kept = value;
    }
  } finally {
    await running?.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

test('a minutes paragraph loses nothing when the browser is killed mid-sentence', async ({
  baseURL,
}) => {
  const cycles = cyclesOf(3);
  test.setTimeout(timeoutFor(cycles));
  await killWhileTyping(baseURL ?? '/', {
    name: 'paragraph',
    prepare: async (page, home) => {
      await createBodyAndMeeting(page, 'SEC Panel', home);
      await addItems(page, ['Privacy Assessment']);
      await page
        .getByRole('navigation', { name: 'Meeting' })
        .getByRole('link', { name: 'Minutes' })
        .click();
      await page.getByRole('button', { name: 'Add paragraph to item 1' }).click();
    },
    field: (page) => page.getByLabel('Paragraph, item 1, block 1'),
    text: 'The Panel discussed the proposals and their impact on Parties. '.repeat(20),
    // A hundred keys a second: ten times a fast typist.
    pauseMs: 10,
    cycles,
    // A paragraph holds 100 000 characters; 50 cycles type about a tenth of that.
    maxLength: 100_000,
    restart: '',
  });
});

test('an agenda item title loses nothing when the browser is killed mid-word', async ({
  baseURL,
}) => {
  const cycles = cyclesOf(2);
  test.setTimeout(timeoutFor(cycles));
  await killWhileTyping(baseURL ?? '/', {
    name: 'agenda title',
    prepare: async (page, home) => {
      await createBodyAndMeeting(page, 'SEC Panel', home);
      await addItems(page, ['Privacy Assessment']);
    },
    field: (page) => page.getByLabel('Title of item 1'),
    text: ' — Decision Making Principles'.repeat(7),
    pauseMs: 20,
    cycles,
    // A title holds 500 characters: a run at length starts it again every few cycles.
    maxLength: 500,
    restart: 'Privacy Assessment',
  });
});
