import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addItems, createBodyAndMeeting } from './support/ui';

const fixture = fileURLToPath(new URL('../fixtures/sec-panel-30.archive.json', import.meta.url));

interface FixtureBlock {
  id: string;
  kind: string;
  decisions?: { text: string }[];
}
const archive = JSON.parse(readFileSync(fixture, 'utf8')) as {
  bodies: { meetings: { id: string; minuteBlocks: FixtureBlock[] }[] }[];
};
const meeting = archive.bodies[0]?.meetings[0];
/** The reference meeting's decisions block that verifies a Device's removal from the CPL. */
const cplBlock = meeting?.minuteBlocks.find((b) =>
  b.decisions?.some((d) => d.text.includes('verifying the removal of a Device')),
);

const searchDialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const searchBox = (page: Page) => searchDialog(page).getByRole('combobox', { name: /Search all/ });
const results = (page: Page) =>
  searchDialog(page).getByRole('listbox', { name: 'Results' }).getByRole('option');

/** Opens search with its key and types a query, waiting until the answer to it is drawn. */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toBeFocused();
  await searchBox(page).fill(query);
  await expect(searchDialog(page).getByRole('listbox')).toHaveAttribute('data-answers', query);
}

test('search finds minutes as typed, a decision of an imported archive, and opens it at its item', async ({
  page,
}) => {
  expect(cplBlock).toBeDefined();
  // A meeting of one's own, with a paragraph typed in the minutes editor.
  await createBodyAndMeeting(page, 'Test Board');
  const agendaUrl = page.url();
  await addItems(page, ['Depot sale']);
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  await page.getByRole('button', { name: 'Add paragraph to item 1' }).click();
  const paragraph = page.getByLabel('Paragraph, item 1, block 1');
  await paragraph.fill('Llŷr Evans reported on the depot sale.');

  // The reference archive imported beside it.
  await page.getByRole('link', { name: 'Minutebook' }).click();
  await page.getByRole('link', { name: 'Test Board' }).click();
  await page.getByLabel('Archive file to import').setInputFiles(fixture);
  await expect(page.getByRole('heading', { level: 1, name: /SEC Panel/ })).toBeVisible();

  // Accents and case set aside: "llyr" finds "Llŷr", the word marked where it stands.
  await searchFor(page, 'llyr');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText('Paragraph');
  await expect(results(page).first().locator('mark')).toHaveText(['Llŷr']);
  await expect(results(page).first()).toContainText('Test Board — Meeting 30');

  // A decision of the archive, by its words, filtered to decisions.
  await searchBox(page).fill('verifying removal device');
  await searchDialog(page).getByLabel('Kind').selectOption('decision');
  await expect(results(page)).toHaveCount(1);
  const found = results(page).first();
  await expect(found).toContainText('Decision');
  await expect(found).toContainText('APPROVED');
  await expect(found.locator('mark')).toHaveText(['verifying', 'removal', 'Device']);
  await expect(found).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: 'test-results/screenshots/search-results.png' });
  const violations = (await new AxeBuilder({ page }).include('dialog').analyze()).violations;
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  // Enter opens the meeting's minutes with the decision in view and focus.
  await searchBox(page).press('Enter');
  await expect(searchDialog(page)).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/meetings/${meeting?.id ?? ''}/minutes$`));
  await expect(page.locator(`#minutes-block-${cplBlock?.id ?? ''}`)).toBeFocused();

  // Confidential text: not found unless asked for, then marked as such.
  await searchFor(page, 'Northwind');
  await searchDialog(page).getByLabel('Kind').selectOption('');
  await expect(searchDialog(page).getByRole('status')).toHaveText('Nothing found.');
  await expect(results(page)).toHaveCount(0);
  await searchDialog(page).getByLabel('Include confidential').check();
  await expect(results(page).first()).toBeVisible();
  for (const result of await results(page).all())
    await expect(result.locator('.search-confidential')).toHaveText('Confidential');
  await page.screenshot({ path: 'test-results/screenshots/search-confidential.png' });
  // ↓ moves to the next result, and the list shows which.
  await searchBox(page).press('ArrowDown');
  await expect(results(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toBeHidden();
  // Opened again, it keeps the words but no longer shows confidential text until asked again.
  await page.keyboard.press('Control+K');
  await expect(searchBox(page)).toHaveValue('Northwind');
  await expect(searchDialog(page).getByLabel('Include confidential')).not.toBeChecked();
  await expect(searchDialog(page).getByRole('status')).toHaveText('Nothing found.');
  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toBeHidden();

  // An edit in the minutes reaches the index: the old words are gone, the new ones found.
  await page.goto(`${agendaUrl}/minutes`);
  await page.getByLabel('Paragraph, item 1, block 1').fill('Cardiff office reported on the sale.');
  await searchFor(page, 'cardiff');
  await expect(results(page)).toHaveCount(1);
  await searchBox(page).fill('llyr');
  await expect(searchDialog(page).getByRole('status')).toHaveText('Nothing found.');

  // Enter pressed straight after typing opens the first result of the words typed, once found,
  // from the minutes of another meeting.
  await searchDialog(page).getByLabel('Kind').selectOption('decision');
  await searchBox(page).fill('verifying removal device');
  await searchBox(page).press('Enter');
  await expect(searchDialog(page)).toBeHidden();
  await expect(page.locator(`#minutes-block-${cplBlock?.id ?? ''}`)).toBeFocused();
});
