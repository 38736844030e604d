import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addItems, createBodyAndMeeting } from './support/ui';

const keysDialog = (page: Page) => page.getByRole('dialog', { name: 'Keyboard shortcuts' });

/** The keys a dialog lists, in order. */
const listedKeys = (dialog: Locator) =>
  dialog.locator('th kbd').evaluateAll((cells) => cells.map((c) => c.textContent));

/** Types "?" outside any field and returns the keys listed; Escape closes the list again. */
async function keysOfScreen(page: Page, somewhereNeutral: Locator): Promise<(string | null)[]> {
  await somewhereNeutral.click();
  await page.keyboard.press('?');
  const dialog = keysDialog(page);
  await expect(dialog).toBeVisible();
  const keys = await listedKeys(dialog);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return keys;
}

/** "?" typed into a field is a question mark in it, and opens nothing. */
async function typesIntoField(page: Page, field: Locator): Promise<void> {
  await field.fill('Any questions');
  await field.press('?');
  await expect(field).toHaveValue('Any questions?');
  await expect(keysDialog(page)).toBeHidden();
}

test('“?” lists the shortcuts of the screen it is typed on; in a field it is a question mark', async ({
  page,
}) => {
  // Bodies.
  await page.goto('/');
  const bodies = await keysOfScreen(
    page,
    page.getByRole('heading', { name: 'Bodies', exact: true }),
  );
  expect(bodies).toEqual(['Tab / Shift+Tab', 'Enter', 'Ctrl+K', '?']);
  await typesIntoField(page, page.getByRole('form', { name: 'New body' }).getByLabel('Name'));

  // Agenda.
  await createBodyAndMeeting(page);
  await addItems(page, ['Privacy Assessment']);
  const agenda = await keysOfScreen(
    page,
    page.getByRole('heading', { name: 'Agenda', exact: true }),
  );
  expect(agenda).toContain('Alt+↑ / Alt+↓');
  expect(agenda).toContain('Escape');
  expect(agenda.at(-1)).toBe('?');
  await typesIntoField(page, page.getByLabel('Title of item 1'));
  // The list is a proper dialog: nothing serious for a screen reader or the keyboard.
  await page.getByRole('heading', { name: 'Agenda', exact: true }).click();
  await page.keyboard.press('?');
  const violations = (await new AxeBuilder({ page }).include('dialog').analyze()).violations;
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
  await keysDialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(keysDialog(page)).toBeHidden();

  // Minutes.
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  const minutes = await keysOfScreen(page, page.getByRole('heading', { level: 1 }));
  expect(minutes.slice(0, 2)).toEqual(['Alt+P', 'Alt+D']);
  await page.getByRole('button', { name: 'Add paragraph to item 1' }).click();
  await typesIntoField(page, page.getByLabel('Paragraph, item 1, block 1'));

  // Chair: every key it lists is a command the Chair view really has.
  await page.goto(`${page.url().replace(/\/minutes$/, '')}/chair`);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  const chair = await keysOfScreen(page, page.getByRole('heading', { level: 1 }));
  expect(chair).toEqual(['N', 'D', 'W', '?']);
  for (const key of chair.filter((k) => k !== '?'))
    await expect(page.locator(`button[aria-keyshortcuts="${String(key)}"]`)).toHaveCount(1);
});
