import { expect, test } from '@playwright/test';
import type { ActionUpdate } from '../../src-renderer/domain';
import { storedRows } from './support/stored';
import { addItems, createBodyAndMeeting, meeting31 } from './support/ui';

// Two meetings and an action built through the UI: more than the default on a busy machine.
test.describe.configure({ timeout: 120_000 });

test('updates given in a confidential Actions Outstanding item are confidential, and say so', async ({
  page,
}) => {
  // Meeting 30: a public action.
  await createBodyAndMeeting(page);
  await addItems(page, ['Finance']);
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  await page.getByRole('button', { name: 'Add action to item 1' }).click();
  const action = page.getByLabel('Action SECP30/01: to …');
  await action.fill('review the budget');
  await action.blur();

  // Meeting 31: an update given public, then the item marked confidential.
  const at31 = await meeting31(page);
  const meeting31Url = page.url();
  const form = at31.getByRole('form', { name: 'Give an update' });
  await form.getByRole('checkbox', { name: /^SECP30\/01 / }).check();
  await expect(form.getByRole('checkbox', { name: 'Confidential', exact: true })).toBeEnabled();
  await form.getByLabel('Update', { exact: true }).fill('The budget was reviewed.');
  await form.getByRole('button', { name: 'Give update to SECP30/01' }).click();
  const tick = at31
    .getByTestId('update-row')
    .getByRole('checkbox', { name: 'Confidential update for SECP30/01' });
  await expect(tick).not.toBeChecked();
  await expect(tick).toBeEnabled();

  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Agenda' })
    .click();
  await page.getByLabel('Classification').first().selectOption('confidential');
  await expect
    .poll(async () =>
      (await storedRows<ActionUpdate>(page, 'actionUpdates')).map((u) => u.confidential),
    )
    .toEqual([true]);

  // Back in the minutes: the update's tick is on, and cannot be taken off.
  await page.goto(meeting31Url);
  await expect(tick).toBeChecked();
  await expect(tick).toBeDisabled();
});
