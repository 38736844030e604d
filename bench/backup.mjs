/* global window, document, requestAnimationFrame */
// Times a backup in the browser on a large record: a body with 30 meetings the size of the
// reference meeting (25 items each, its minutes, attendance and actions), imported through
// the app's own Import. Reports the time from "Back up now" to done, for a backup written and
// for one found unchanged (what the five-minute schedule costs while nothing changes), and
// the longest gap between two frames during them: what someone typing might feel.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summary } from './stats.mjs';

const root = join(import.meta.dirname, '..');
const fixture = join(root, 'tests', 'fixtures', 'sec-panel-30.archive.json');
export const backupMeetings = 30;
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Copy `k` of an id: the same id with its first group replaced by `k`, still a UUID. */
const copyId = (id, k) => `${k.toString(16).padStart(8, '0')}${id.slice(8)}`;

/**
 * The reference archive with its meeting copied `count` times, numbered from 101 so that no
 * copy's action references meet the earlier actions' (SECP20/04 …).
 */
export function largeArchive(count = backupMeetings) {
  const archive = JSON.parse(readFileSync(fixture, 'utf8'));
  const body = archive.bodies[0];
  const [meeting] = body.meetings;
  const own = (a) => a.meetingId === meeting.id;
  const actions = body.actions.filter(own);
  const updates = body.actionUpdates.filter(own);
  // Ids of the meeting's own rows are copied; the body's, members' and earlier actions' kept.
  const ids = new Set(
    JSON.stringify({ meeting, actions, updates })
      .match(uuid)
      .filter((id) => id !== body.id),
  );
  for (const m of body.members) ids.delete(m.id);
  for (const a of body.actions.filter((a) => !own(a))) ids.delete(a.id);
  const copy = (value, k) =>
    JSON.parse(JSON.stringify(value).replace(uuid, (id) => (ids.has(id) ? copyId(id, k) : id)));
  body.meetings = [];
  body.actions = body.actions.filter((a) => !own(a));
  body.actionUpdates = body.actionUpdates.filter((u) => !own(u));
  for (let k = 1; k <= count; k++) {
    body.meetings.push({ ...copy(meeting, k), number: 100 + k });
    for (const action of copy(actions, k)) {
      body.actions.push({
        ...action,
        reference: action.reference.replace('SECP30/', `SECP${String(100 + k)}/`),
      });
    }
    body.actionUpdates.push(...copy(updates, k));
  }
  return JSON.stringify(archive);
}

/**
 * Records the longest gap between two animation frames: how long the page could not paint,
 * whatever held it (script, style, garbage collection). Reset before each backup.
 */
function installFrameGaps() {
  window.__longestFrameGap = 0;
  let last = performance.now();
  const frame = (now) => {
    window.__longestFrameGap = Math.max(window.__longestFrameGap, now - last);
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function backUpNow(page) {
  const status = page.getByTestId('backup-status');
  await page.evaluate(() => {
    window.__longestFrameGap = 0;
  });
  const started = Date.now();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await page.waitForFunction(
    () =>
      /Backed up|Nothing has changed/.test(
        document.querySelector('[data-testid="backup-status"]')?.textContent ?? '',
      ),
    null,
    { timeout: 60_000 },
  );
  const ms = Date.now() - started;
  const text = (await status.textContent()) ?? '';
  const longest = await page.evaluate(() => Math.round(window.__longestFrameGap));
  // Clear the status so the next wait sees the next outcome.
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="backup-status"]');
    if (el) el.textContent = '';
  });
  return { ms, longest, unchanged: text.includes('Nothing has changed') };
}

/** Creates a body through the UI; leaves the page on its page, where Import is. */
async function createBody(page, name) {
  const form = page.getByRole('form', { name: 'New body' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Action prefix').fill('BENCH');
  await form.getByLabel('Secretariat').fill('BENCHSEC');
  await form.getByRole('button', { name: 'Create body' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/**
 * Runs in a fresh context of `browser` and prints its figures. DESIGN.md sets no budget for
 * backups; the longest frame gap is the one to compare with the 16 ms a keystroke's paint
 * may take.
 */
export async function benchBackup(browser, baseUrl) {
  const archive = largeArchive();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(installFrameGaps);
  await page.goto(baseUrl);
  await createBody(page, 'Bench Panel');
  await page.getByLabel('Archive file to import').setInputFiles({
    name: 'large.minutebook.json',
    mimeType: 'application/json',
    buffer: Buffer.from(archive),
  });
  await page.getByText(/Imported “SEC Panel”/).waitFor({ timeout: 120_000 });
  const written = [];
  const unchanged = [];
  for (let run = 0; run < 5; run++) {
    // A new body makes the next backup a new one; the one after finds nothing changed.
    await page.goto(`${baseUrl}#/`);
    await createBody(page, `Bench body ${String(run)}`);
    await page.goto(`${baseUrl}#/backups`);
    const first = await backUpNow(page);
    const second = await backUpNow(page);
    if (first.unchanged || !second.unchanged) throw new Error('backup bench: unexpected outcome');
    written.push(first);
    unchanged.push(second);
  }
  await context.close();
  const mb = Buffer.byteLength(archive) / 1e6;
  const w = summary(written.map((r) => r.ms));
  const u = summary(unchanged.map((r) => r.ms));
  const longest = Math.max(...[...written, ...unchanged].map((r) => r.longest));
  console.log(
    `\nbackup of ${backupMeetings} reference-sized meetings (${mb.toFixed(1)} MB archive)`,
  );
  console.log(`backup_written_ms_${backupMeetings}meetings p50 ${w.p50} max ${w.max}`);
  console.log(`backup_unchanged_ms_${backupMeetings}meetings p50 ${u.p50} max ${u.max}`);
  console.log(`backup_longest_frame_gap_ms ${longest} (the page could not paint for this long)`);
}
