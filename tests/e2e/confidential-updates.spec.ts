import { expect, test, type Page } from '@playwright/test';
import type { ActionUpdate } from '../../src-renderer/domain';
import { holdWrites } from './support/hold';
import { storedRows } from './support/stored';
import { addItems, createBodyAndMeeting, meeting31 } from './support/ui';

// Two meetings and an action built through the UI: more than the default on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Meeting 30 with one public item raising these actions, SECP30/01 onwards. */
async function meeting30Raising(page: Page, actions: readonly string[]): Promise<void> {
  await createBodyAndMeeting(page);
  await addItems(page, ['Finance']);
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  for (const [index, text] of actions.entries()) {
    await page.getByRole('button', { name: 'Add action to item 1' }).click();
    const field = page.getByLabel(`Action SECP30/${String(index + 1).padStart(2, '0')}: to …`);
    await field.fill(text);
    await field.blur();
  }
}

test('updates given in a confidential Actions Outstanding item are confidential, and say so', async ({
  page,
}) => {
  await meeting30Raising(page, ['review the budget']);

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

test('the next update is ticked and typed while one is being saved, and a row stored with spaces after its words is edited', async ({
  page,
}) => {
  await meeting30Raising(page, ['review the budget', 'audit the accounts']);

  const at31 = await meeting31(page);
  const form = at31.getByRole('form', { name: 'Give an update' });
  const words = form.getByLabel('Update', { exact: true });
  await form.getByRole('checkbox', { name: /^SECP30\/01 / }).check();
  await words.fill('First.');
  const hold = await holdWrites(page, ['actionUpdates']);
  await form.getByRole('button', { name: 'Give update to SECP30/01' }).click();
  // While it is written: the next one, confidential.
  await expect(words).toHaveValue('');
  await form.getByRole('checkbox', { name: /^SECP30\/02 / }).check();
  await words.fill('Second, in confidence.');
  await form.getByRole('checkbox', { name: 'Confidential', exact: true }).check();
  await hold.release();
  const stored = async () =>
    (await storedRows<ActionUpdate>(page, 'actionUpdates'))
      .map((u) => `${u.text}${u.confidential ? ' (confidential)' : ''}`)
      .sort();
  await expect.poll(stored).toEqual(['First.']);
  await expect(at31.getByTestId('update-row')).toHaveCount(1);
  // What was typed for the next one is all still there.
  await expect(words).toHaveValue('Second, in confidence.');
  await expect(form.getByRole('checkbox', { name: /^SECP30\/02 / })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'Confidential', exact: true })).toBeChecked();
  await form.getByRole('button', { name: 'Give update to SECP30/02' }).click();
  await expect.poll(stored).toEqual(['First.', 'Second, in confidence. (confidential)']);

  // An update stored with spaces after its words (an archive made elsewhere) is edited.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('minutebook');
        open.onsuccess = () => {
          const store = open.result.transaction('actionUpdates', 'readwrite');
          const updates = store.objectStore('actionUpdates');
          const all = updates.getAll();
          all.onsuccess = () => {
            for (const u of all.result as ActionUpdate[])
              if (u.text === 'First.') updates.put({ ...u, text: 'First.   ' });
          };
          store.oncomplete = () => {
            open.result.close();
            resolve();
          };
          store.onerror = () => reject(new Error('not written'));
        };
      }),
  );
  await page.reload();
  const row = page.getByLabel('Update for SECP30/01', { exact: true });
  await row.fill('First, and then more.');
  await row.blur();
  await expect
    .poll(stored)
    .toEqual(['First, and then more.', 'Second, in confidence. (confidential)']);
});
