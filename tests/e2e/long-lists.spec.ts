import { expect, test, type Page } from '@playwright/test';
import { liveArchive } from './support/live-archive';
import { createBodyAndMeeting } from './support/ui';

// Imports an archive of 400 actions on a busy two-core machine: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const owners = ['SECAS', 'DCC', 'TABASC'] as const;
const total = 400;

interface StoredAction {
  reference: string;
  owner: string;
  raisedOn: string;
}

/** The reference archive with 400 actions, their owners taken in turn from `owners`. */
function archiveOfManyActions(): { file: Buffer; actions: StoredAction[] } {
  const archive = JSON.parse(liveArchive(25, total).file.toString('utf8')) as {
    bodies: { actions: StoredAction[] }[];
  };
  const actions = archive.bodies[0]?.actions ?? [];
  actions.forEach((a, n) => {
    a.owner = owners[n % owners.length] ?? 'SECAS';
  });
  return { file: Buffer.from(JSON.stringify(archive)), actions };
}

/** The log's order: earliest raised first, then by reference read as numbers. */
function inLogOrder(actions: readonly StoredAction[]): StoredAction[] {
  const collator = new Intl.Collator('en', { numeric: true });
  return [...actions].sort(
    (a, b) => a.raisedOn.localeCompare(b.raisedOn) || collator.compare(a.reference, b.reference),
  );
}

async function openLogOfImported(page: Page, file: Buffer): Promise<void> {
  await createBodyAndMeeting(page, 'Test Board');
  await page.getByRole('link', { name: 'Test Board' }).click();
  await page
    .getByLabel('Archive file to import')
    .setInputFiles({ name: 'many-actions.json', mimeType: 'application/json', buffer: file });
  await expect(page.getByRole('heading', { level: 1, name: /SEC Panel/ })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Body' })
    .getByRole('link', { name: 'Action log' })
    .click();
  await expect(page.getByRole('heading', { name: 'Action log' })).toBeVisible();
}

test('a long action log keeps only the rows in view in the page, filters, and scrolls to its last row', async ({
  page,
}) => {
  const { file, actions } = archiveOfManyActions();
  expect(actions).toHaveLength(total);
  await openLogOfImported(page, file);
  await expect(
    page.getByText(`Showing ${String(total)} of ${String(total)} actions.`),
  ).toBeVisible();

  const rows = page.getByTestId('log-row');
  const ordered = inLogOrder(actions);
  // The first rows are there at once; far fewer than all 400 are in the page.
  await expect(rows.first()).toContainText(ordered[0]?.reference ?? '');
  expect(await rows.count()).toBeLessThan(100);
  await expect(page.getByRole('table', { name: 'Actions of the body' })).toHaveAttribute(
    'aria-rowcount',
    String(total + 1),
  );

  // An owner filter: the count and every row in the page are that owner's.
  const filters = page.getByRole('search', { name: 'Filter the action log' });
  await filters.getByLabel('Owner').selectOption('DCC');
  const dcc = ordered.filter((a) => a.owner === 'DCC');
  await expect(
    page.getByText(`Showing ${String(dcc.length)} of ${String(total)} actions.`),
  ).toBeVisible();
  await expect(rows.first()).toContainText(dcc[0]?.reference ?? '');
  const owned = await rows.locator('td:nth-of-type(1)').allTextContents();
  expect(owned.length).toBeGreaterThan(5);
  expect(new Set(owned)).toEqual(new Set(['DCC']));

  // From the keyboard: the table's frame takes the focus and End scrolls to its last row.
  const frame = page.getByRole('region', { name: 'Actions of the body, scrolling' });
  const last = dcc[dcc.length - 1];
  const lastRow = rows.filter({ hasText: last?.reference ?? '' });
  await expect(async () => {
    await frame.focus();
    await page.keyboard.press('End');
    await expect(lastRow).toBeInViewport({ timeout: 1_000 });
  }).toPass();
  await expect(lastRow).toHaveAttribute('aria-rowindex', String(dcc.length + 1));
  await expect(rows.filter({ hasText: dcc[0]?.reference ?? '' })).toHaveCount(0);

  // Cleared, the whole log is back, from the top when scrolled there.
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(
    page.getByText(`Showing ${String(total)} of ${String(total)} actions.`),
  ).toBeVisible();
  await expect(async () => {
    await frame.focus();
    await page.keyboard.press('Home');
    await expect(rows.first()).toContainText(ordered[0]?.reference ?? '', { timeout: 1_000 });
  }).toPass();
});
