import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Action, ActionUpdate } from '../../src-renderer/domain';
import { storedRows } from './support/stored';
import { addItems, createBodyAndMeeting, meeting31 } from './support/ui';

// Two meetings, an action and an update built through the UI: more than the default on a busy
// two-core machine.
test.describe.configure({ timeout: 120_000 });

async function openLog(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1).click();
  await page
    .getByRole('navigation', { name: 'Body' })
    .getByRole('link', { name: 'Action log' })
    .click();
  await expect(page.getByRole('heading', { name: 'Action log' })).toBeVisible();
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('an action raised in a confidential item, declassified in the log, takes a public update at the next meeting', async ({
  page,
}, info) => {
  // Meeting 30: an action raised inside the confidential item 2.
  await createBodyAndMeeting(page);
  await addItems(page, ['Minutes and Actions Outstanding', 'Event of Default Update']);
  const item2 = page.getByRole('listitem', { name: 'Item 2: Event of Default Update' });
  await item2.getByLabel('Classification').first().selectOption('confidential');
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  await page.getByRole('button', { name: 'Add action to item 2' }).click();
  await page.getByLabel('Action SECP30/01: to …').fill('write to Northwind about the default');
  await page.getByLabel('Action SECP30/01: to …').blur();

  // Meeting 31: before the decision, an update to it can only be confidential.
  const at31 = await meeting31(page);
  const meeting31Url = page.url();
  const update = at31.getByRole('form', { name: 'Give an update' });
  await update.getByRole('checkbox', { name: /^SECP30\/01 / }).check();
  const forced = update.getByRole('checkbox', { name: 'Confidential, as the action is' });
  await expect(forced).toBeChecked();
  await expect(forced).toBeDisabled();

  // The action log: the row offers to declassify it; Escape cancels, focus goes back.
  await openLog(page);
  const row = page.getByTestId('log-row').filter({ hasText: 'SECP30/01' });
  await expect(row.getByRole('rowheader')).toContainText('Confidential');
  const declassify = row.getByRole('button', { name: 'Declassify… SECP30/01' });
  await declassify.click();
  await expect(declassify).toHaveAttribute('aria-expanded', 'true');
  const form = page.getByRole('form', { name: 'Declassify SECP30/01' });
  await expect(form).toHaveAccessibleDescription(
    'Its text and its updates will appear in the public minutes from now on.',
  );
  const decidedOn = form.getByLabel('Decided on');
  await expect(decidedOn).toBeFocused();
  const today = await page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
  await expect(decidedOn).toHaveValue(today);
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByLabel('By').fill('the Panel Chair');
  await form.getByLabel('By').press('Escape');
  await expect(form).toHaveCount(0);
  await expect(declassify).toBeFocused();
  expect((await storedRows<Action>(page, 'actions'))[0]?.declassified).toBeNull();

  // No one named: the data layer's refusal is shown, nothing is stored.
  await declassify.click();
  await decidedOn.fill('2016-04-14');
  await form.getByRole('button', { name: 'Make public' }).click();
  await expect(form.getByRole('status')).toHaveText('Who decided is required.');
  await form.getByLabel('By').fill('the Panel Chair');
  await page.screenshot({ path: info.outputPath('declassify-form.png') });
  await form.getByRole('button', { name: 'Make public' }).click();
  await expect(form).toHaveCount(0);
  const note = row.getByText('Declassified on 14 April 2016 by the Panel Chair', { exact: true });
  await expect(note).toBeFocused();
  await expect(row.getByRole('rowheader')).not.toContainText('Confidential');
  await expect(row.getByRole('button', { name: /^Declassify/ })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: info.outputPath('declassified.png') });
  await expect
    .poll(async () => (await storedRows<Action>(page, 'actions'))[0]?.declassified)
    .toEqual({ on: '2016-04-14', by: 'the Panel Chair' });

  // Meeting 31 again: the update is no longer forced confidential, and is given public.
  await page.goto(meeting31Url);
  await update.getByRole('checkbox', { name: /^SECP30\/01 / }).check();
  const own = update.getByRole('checkbox', { name: 'Confidential', exact: true });
  await expect(own).toBeEnabled();
  await expect(own).not.toBeChecked();
  await expect(update.getByText('Confidential, as the action is')).toHaveCount(0);
  await update.getByLabel('Update', { exact: true }).fill('Northwind have paid in full.');
  await update.getByRole('button', { name: 'Give update to SECP30/01' }).click();
  const given = at31.getByTestId('update-row');
  await expect(given).toHaveCount(1);
  await expect(given.getByRole('rowheader')).toHaveText('SECP30/01');
  await expect(
    given.getByRole('checkbox', { name: 'Confidential update for SECP30/01' }),
  ).not.toBeChecked();
  await expect
    .poll(async () =>
      (await storedRows<ActionUpdate>(page, 'actionUpdates')).map((u) => u.confidential),
    )
    .toEqual([false]);

  // The log shows the update public too.
  await openLog(page);
  await page.getByRole('button', { name: 'Show 1 update for SECP30/01' }).click();
  const history = page.getByRole('list', { name: 'Updates for SECP30/01' });
  await expect(history).toContainText('Northwind have paid in full.');
  await expect(history).not.toContainText('Confidential');
});
