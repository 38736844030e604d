import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ActionUpdate } from '../../src-renderer/domain';
import { storedRows } from './support/stored';
import { createBodyAndMeeting, outstandingItem } from './support/ui';

// Each test builds two meetings and five actions through the UI: more than the default 30 s
// on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

const policy =
  'The three actions on the Panel Information Policy will be covered at the April Panel meeting.';

/** The five actions outstanding at SEC Panel meeting 30, raised before the app was used. */
const earlierActions = [
  ['SECP22/04', 'SECAS', 'Take the Certified Products List to TSIRS.', '2015-04-09', '2015-12-31'],
  ['SECP20/04', 'SECAS', 'Revise the Panel Information Policy.', '2015-04-09', ''],
  ['SECP23/08', 'DCC', 'Review the information policy annex.', '2015-08-13', ''],
  ['SECP28/06', 'SECAS', 'Publish the information policy guidance.', '2015-06-11', ''],
  ['SECP22/08', 'DCC', 'Publish the Time Management Design Note.', '2015-08-13', '2030-01-31'],
] as const;

async function openLog(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1).click();
  await page
    .getByRole('navigation', { name: 'Body' })
    .getByRole('link', { name: 'Action log' })
    .click();
  await expect(page.getByRole('heading', { name: 'Action log' })).toBeVisible();
}

async function recordEarlier(
  page: Page,
  fields: readonly string[],
  outcome = `${fields[0] ?? ''} recorded.`,
): Promise<void> {
  const [reference = '', owner = '', text = '', raisedOn = '', due = ''] = fields;
  const form = page.getByRole('form', { name: 'Record an earlier action' });
  await form.getByLabel('Reference').fill(reference);
  await form.getByLabel('Owner').fill(owner);
  await form.getByLabel('Action', { exact: true }).fill(text);
  await form.getByLabel('Raised on').fill(raisedOn);
  await form.getByLabel('Due').fill(due);
  await form.getByRole('button', { name: 'Record action' }).click();
  await expect(form.getByRole('status')).toHaveText(outcome);
}

/** The log's references in the order shown. */
function logRefs(page: Page): Promise<string[]> {
  return page
    .getByTestId('log-row')
    .locator('th')
    .evaluateAll((cells) => cells.map((c) => (c.firstChild?.textContent ?? '').trim()));
}

async function giveUpdate(
  region: Locator,
  refs: readonly string[],
  text: string,
  closes = false,
): Promise<void> {
  const form = region.getByRole('form', { name: 'Give an update' });
  for (const ref of refs)
    await form.getByRole('checkbox', { name: new RegExp(`^${ref} `) }).check();
  await form.getByLabel('Update', { exact: true }).fill(text);
  if (closes) await form.getByRole('checkbox', { name: /This update closes/ }).check();
  await form.getByRole('button', { name: /^Give update to/ }).click();
  await expect(form.getByLabel('Update', { exact: true })).toHaveValue('');
  // Given (the form clears at once, before the write lands): each action's tick is disabled.
  for (const ref of refs)
    await expect(form.getByRole('checkbox', { name: new RegExp(`^${ref} `) })).toBeDisabled();
}

function choices(region: Locator): Promise<string[]> {
  return region
    .locator('.outstanding-choice .action-ref')
    .evaluateAll((els) => els.map((e) => e.textContent));
}

test('earlier actions are carried forward, updated together, closed, and kept in the log', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  const meeting30 = page.url();
  await openLog(page);
  await expect(page.getByText(/No action yet/)).toBeVisible();
  for (const action of earlierActions) await recordEarlier(page, action);
  await expect
    .poll(() => logRefs(page))
    .toEqual(['SECP20/04', 'SECP22/04', 'SECP28/06', 'SECP22/08', 'SECP23/08']);
  // A reference is never used twice in a body.
  await recordEarlier(page, earlierActions[0], 'The body already has an action SECP22/04.');
  await expect(page.getByTestId('log-row')).toHaveCount(5);
  const overdueRow = page.getByTestId('log-row').filter({ hasText: 'SECP22/04' });
  await expect(overdueRow).toContainText(/Overdue by [\d,]+ days/);

  // Meeting 30: one update for three actions prints as one row; SECP22/08 is closed.
  await page.goto(meeting30);
  const at30 = await outstandingItem(page);
  await expect.poll(() => choices(at30)).toEqual(earlierActions.map((a) => a[0]).sort(byRaised));
  await giveUpdate(at30, ['SECP20/04', 'SECP23/08', 'SECP28/06'], policy);
  // With the keyboard alone: tick, write, give (the updated actions' ticks are skipped).
  await at30.getByRole('checkbox', { name: /^SECP22\/04 / }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(at30.getByRole('checkbox', { name: /^SECP22\/08 / })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(at30.getByLabel('Update', { exact: true })).toBeFocused();
  await page.keyboard.type('Guidance will be produced in April.');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(at30.getByRole('button', { name: 'Give update to SECP22/04' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(at30.getByTestId('update-row')).toHaveCount(2);
  await giveUpdate(at30, ['SECP22/08'], 'The Design Note has been published.', true);
  const rows = at30.getByTestId('update-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).getByRole('rowheader')).toHaveText('SECP20/04, 23/08 & 28/06');
  await expect(rows.nth(0).getByRole('textbox')).toHaveValue(policy);
  await expect(rows.nth(2).getByRole('rowheader')).toContainText('SECP22/08');
  await expect(rows.nth(2).getByRole('rowheader')).toContainText('Closed');
  // Closed at this meeting, it is still listed here, already updated.
  await expect(at30.getByRole('checkbox', { name: /^SECP22\/08 / })).toBeDisabled();

  // Editing a shared row's words edits all three updates; a reload keeps them, and keeps an
  // update half typed (not given yet) in its form.
  const halfTyped = 'SECAS will write to TSIRS again';
  const updateField = at30.getByLabel('Update', { exact: true });
  await updateField.fill(halfTyped);
  await rows.nth(0).getByRole('textbox').fill(`${policy} Revised.`);
  await rows.nth(0).getByRole('textbox').blur();
  await page.reload();
  await expect(rows).toHaveCount(3);
  await expect(updateField).toHaveValue(halfTyped);
  await expect(rows.nth(0).getByRole('textbox')).toHaveValue(`${policy} Revised.`);
  await expect(rows.nth(0).getByRole('rowheader')).toHaveText('SECP20/04, 23/08 & 28/06');

  // Removing an update gives the action back to the list, ready for another.
  await at30.getByRole('button', { name: 'Remove the update for SECP22/04' }).click();
  await expect(rows).toHaveCount(2);
  await expect(at30.getByRole('checkbox', { name: /^SECP22\/04 / })).toBeEnabled();
  // The kept update given to it: gone from the form, also after a reload.
  await at30.getByRole('checkbox', { name: /^SECP22\/04 / }).check();
  await at30.getByRole('button', { name: 'Give update to SECP22/04' }).click();
  await expect(rows).toHaveCount(3);
  await expect(updateField).toHaveValue('');
  await page.reload();
  await expect
    .poll(() =>
      rows.locator('textarea').evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value)),
    )
    .toContain(halfTyped);
  await expect(updateField).toHaveValue('');
  // Words typed into a row that come to read as another row's do not join the two while they
  // are typed, and what is typed next stays in that row.
  const published = 'The Design Note has been published.';
  const typedRow = at30.getByRole('textbox', { name: 'Update for SECP22/04' });
  await typedRow.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(published);
  // Stored: both updates read the same now, and the page has drawn what it read.
  await expect
    .poll(async () =>
      (await storedRows<ActionUpdate>(page, 'actionUpdates')).filter((u) => u.text === published),
    )
    .toHaveLength(2);
  await expect(rows).toHaveCount(3);
  await expect(typedRow).toBeFocused();
  await page.keyboard.type(' Twice.');
  await typedRow.blur();
  await expect(at30.getByRole('textbox', { name: 'Update for SECP22/08' })).toHaveValue(published);
  await expect(typedRow).toHaveValue(`${published} Twice.`);
  await typedRow.fill(halfTyped);
  await typedRow.blur();

  // Meeting 31: SECP22/08 is gone from the outstanding list.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1).click();
  const newMeeting = page.getByRole('form', { name: 'New meeting' });
  await newMeeting.getByLabel('Number').fill('31');
  await newMeeting.getByLabel('Date').fill('2016-04-14');
  await newMeeting.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /meeting 31/ })).toBeVisible();
  const at31 = await outstandingItem(page);
  await expect
    .poll(() => choices(at31))
    .toEqual(['SECP20/04', 'SECP22/04', 'SECP28/06', 'SECP23/08']);
  await expect(at31.getByText('No update given at this meeting yet.')).toBeVisible();

  // The log: status, owner and meeting filters; updates meeting by meeting; reload keeps all.
  await openLog(page);
  const filters = page.getByRole('search', { name: 'Filter the action log' });
  await filters.getByLabel('Status').selectOption('closed');
  await expect.poll(() => logRefs(page)).toEqual(['SECP22/08']);
  await expect(page.getByTestId('log-row')).toContainText('at meeting 30');
  await filters.getByLabel('Status').selectOption('open');
  await expect
    .poll(() => logRefs(page))
    .toEqual(['SECP20/04', 'SECP22/04', 'SECP28/06', 'SECP23/08']);
  await filters.getByLabel('Owner').selectOption('DCC');
  await expect.poll(() => logRefs(page)).toEqual(['SECP23/08']);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Raised at').selectOption('earlier');
  await expect(page.getByText('Showing 5 of 5 actions.')).toBeVisible();
  await page.getByRole('button', { name: 'Show 1 update for SECP20/04' }).click();
  const history = page.getByRole('list', { name: 'Updates for SECP20/04' });
  await expect(history).toContainText('Meeting 30');
  await expect(history).toContainText(`${policy} Revised.`);

  await page.reload();
  await expect(page.getByText('Showing 5 of 5 actions.')).toBeVisible();
  const closed = page.getByTestId('log-row').filter({ hasText: 'SECP22/08' });
  await expect(closed).toContainText('Closed');
});

// The log counts each action's updates without reading them (the tally stored with the action):
// a log open in a second window follows updates given, closed and removed in the first, and
// a row opened there lists the updates themselves as they change.
test('the log of another window follows the updates given, closed and removed', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  const meeting30 = page.url();
  await openLog(page);
  await recordEarlier(page, earlierActions[0]);
  await recordEarlier(page, earlierActions[1]);
  const log = await page.context().newPage();
  await log.goto(page.url());
  const row = (ref: string) => log.getByTestId('log-row').filter({ hasText: ref });
  await expect(row('SECP22/04')).toContainText('None');

  await page.goto(meeting30);
  const at30 = await outstandingItem(page);
  await giveUpdate(at30, ['SECP22/04'], 'Sent to TSIRS; their answer is awaited.');
  await expect(log.getByRole('button', { name: 'Show 1 update for SECP22/04' })).toBeVisible();
  await log.getByRole('button', { name: 'Show 1 update for SECP22/04' }).click();
  const history = log.getByRole('list', { name: 'Updates for SECP22/04' });
  await expect(history).toContainText('Sent to TSIRS; their answer is awaited.');

  // Its words edited and the action closed by a second update: both show in the other window.
  const updated = at30.getByTestId('update-row');
  await updated.getByRole('textbox').fill('Sent to TSIRS, who accepted it.');
  await updated.getByRole('textbox').blur();
  await expect(history).toContainText('Sent to TSIRS, who accepted it.');
  await giveUpdate(at30, ['SECP20/04'], 'Revised and circulated.', true);
  await expect(row('SECP20/04')).toContainText('Closed');
  await expect(row('SECP20/04')).toContainText('at meeting 30');
  await expect(row('SECP20/04')).toContainText('Show 1 update');

  // Removed, the update leaves the count, the opened row, and the action open again.
  await at30.getByRole('button', { name: 'Remove the update for SECP20/04' }).click();
  await expect(row('SECP20/04')).toContainText('None');
  await expect(row('SECP20/04')).toContainText('Open');
  await expect(row('SECP20/04')).not.toContainText('at meeting');
  await at30.getByRole('button', { name: 'Remove the update for SECP22/04' }).click();
  await expect(row('SECP22/04')).toContainText('None');
  await expect(history).toHaveCount(0);
});

test('an earlier action typed wrongly is corrected, and one recorded by mistake deleted with Undo', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  const meeting30 = page.url();
  await openLog(page);
  await recordEarlier(page, ['SECP22/4', 'SECSA', 'Take the CPL to TSIRS.', '2015-04-09', '']);
  await recordEarlier(page, ['SECP99/99', 'SECAS', 'Recorded by mistake.', '2015-04-09', '']);

  await page.getByRole('button', { name: 'Correct SECP22/4' }).click();
  const form = page.getByRole('form', { name: 'Correct SECP22/4' });
  await expect(form.getByLabel('Reference')).toHaveValue('SECP22/4');
  // A reference the body already uses is refused, and the form says why.
  await form.getByLabel('Reference').fill('SECP99/99');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('status')).toHaveText('The body already has an action SECP99/99.');
  await form.getByLabel('Reference').fill('SECP22/04');
  await form.getByLabel('Owner').fill('SECAS');
  await form.getByLabel('Due').fill('2015-12-31');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByText('SECP22/04 corrected.')).toBeVisible();
  // Focus goes back to the row's own Correct button.
  await expect(page.getByRole('button', { name: 'Correct SECP22/04' })).toBeFocused();
  const row = page.getByTestId('log-row').filter({ hasText: 'SECP22/04' });
  await expect(row).toContainText('SECAS');
  await expect(row).toContainText(/Overdue by/);

  await page.getByRole('button', { name: 'Correct SECP99/99' }).click();
  await page
    .getByRole('form', { name: 'Correct SECP99/99' })
    .getByRole('button', { name: 'Delete action' })
    .click();
  await expect(page.getByTestId('log-row')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Action log' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('log-row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Correct SECP99/99' }).click();
  await page
    .getByRole('form', { name: 'Correct SECP99/99' })
    .getByRole('button', { name: 'Delete action' })
    .click();
  await expect(page.getByTestId('log-row')).toHaveCount(1);

  // The correction is what the minutes carry forward, and it survives a reload.
  await page.goto(meeting30);
  const at30 = await outstandingItem(page);
  await expect.poll(() => choices(at30)).toEqual(['SECP22/04']);
  await page.reload();
  await openLog(page);
  await expect.poll(() => logRefs(page)).toEqual(['SECP22/04']);
});

/** The outstanding list's order: earliest raised first, then reference. */
function byRaised(a: string, b: string): number {
  const raised = (ref: string) => earlierActions.find((e) => e[0] === ref)?.[3] ?? '';
  return raised(a).localeCompare(raised(b)) || a.localeCompare(b, 'en', { numeric: true });
}

/** Notices from earlier steps would cover part of a screenshot. */
async function dismissNotices(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the action log passes axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await createBodyAndMeeting(page);
    const meeting30 = page.url();
    await openLog(page);
    for (const action of earlierActions) await recordEarlier(page, action);
    await page.goto(meeting30);
    const at30 = await outstandingItem(page);
    await giveUpdate(at30, ['SECP20/04', 'SECP23/08', 'SECP28/06'], policy);
    await giveUpdate(at30, ['SECP22/08'], 'The Design Note has been published.', true);
    expect(await seriousViolations(page)).toEqual([]);
    await dismissNotices(page);
    const suffix = colorScheme === 'light' ? '' : '-dark';
    await page.screenshot({
      path: `test-results/screenshots/actions-outstanding${suffix}.png`,
      fullPage: true,
    });

    await openLog(page);
    await page.getByRole('button', { name: 'Show 1 update for SECP20/04' }).click();
    await page.getByRole('button', { name: 'Correct SECP22/04' }).click();
    await expect(page.getByRole('form', { name: 'Correct SECP22/04' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await dismissNotices(page);
    await page.screenshot({
      path: `test-results/screenshots/action-log${suffix}.png`,
      fullPage: true,
    });
  });
}
