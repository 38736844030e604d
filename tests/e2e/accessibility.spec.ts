import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addItems, createBodyAndMeeting } from './support/ui';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** A meeting whose agenda has a public and a confidential item, shown on its Agenda screen. */
async function meetingWithConfidentialItem(page: Page): Promise<void> {
  await createBodyAndMeeting(page);
  await addItems(page, ['Minutes and Actions Outstanding', 'Event of Default Update']);
  await page.getByLabel('Classification').nth(1).selectOption('confidential');
  await expect(page.getByLabel('Public summary')).toBeVisible();
}

async function openMeetingTab(page: Page, tab: string): Promise<void> {
  await meetingWithConfidentialItem(page);
  await page.getByRole('navigation', { name: 'Meeting' }).getByRole('link', { name: tab }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function openBody(page: Page): Promise<void> {
  await meetingWithConfidentialItem(page);
  await page.getByRole('link', { name: 'SEC Panel' }).click();
  await expect(page.getByRole('heading', { name: 'Meetings' })).toBeVisible();
}

async function openBodyTab(page: Page, tab: string): Promise<void> {
  await openBody(page);
  await page.getByRole('navigation', { name: 'Body' }).getByRole('link', { name: tab }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
}

/** Every screen, each opened as a user reaches it, with something on it to check. */
const screens: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'Bodies',
    open: async (page) => {
      await page.goto('/');
      await expect(page.getByRole('form', { name: 'New body' })).toBeVisible();
    },
  },
  { name: 'Agenda', open: meetingWithConfidentialItem },
  ...['Attendance', 'Minutes', 'Chair view', 'Documents'].map((tab) => ({
    name: tab,
    open: (page: Page) => openMeetingTab(page, tab),
  })),
  { name: 'Meetings', open: openBody },
  ...['Settings and members', 'Action log'].map((tab) => ({
    name: tab,
    open: (page: Page) => openBodyTab(page, tab),
  })),
  {
    name: 'Backups',
    open: async (page) => {
      await meetingWithConfidentialItem(page);
      await page
        .getByRole('navigation', { name: 'App' })
        .getByRole('link', { name: 'Backups' })
        .click();
      await page.getByRole('button', { name: 'Back up now' }).click();
      await expect(page.getByTestId('backup-row')).toHaveCount(1);
    },
  },
];

// One screen a test, so that each scan has the time it needs and a failure names its screen.
for (const screen of screens) {
  test(`the ${screen.name} screen passes axe in light and dark, and Tab reaches every control`, async ({
    page,
  }) => {
    await screen.open(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }
    expect(await unreachableControls(page)).toEqual([]);
  });
}

/**
 * Enabled, visible controls that the Tab key can never reach (tabindex -1 on a control), except
 * those hidden from assistive technology too because another control stands in for them.
 */
async function unreachableControls(page: Page): Promise<string[]> {
  return page
    .locator('a[href], button, input, select, textarea, [role="button"], [role="tab"]')
    .evaluateAll((els) =>
      els
        .filter((el) => {
          const html = el as HTMLElement;
          const visible = html.offsetParent !== null || getComputedStyle(html).position === 'fixed';
          const disabled = (html as HTMLButtonElement).disabled;
          const hidden = html.closest('[inert], [aria-hidden="true"]') !== null;
          return visible && !disabled && html.tabIndex < 0 && !hidden;
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
}

test('the app follows the system theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const dark = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(dark).not.toEqual(light);
});

test('the agenda can be built with the keyboard alone', async ({ page }) => {
  await createBodyAndMeeting(page);
  await page.getByLabel('New agenda item').focus();
  await page.keyboard.type('Alpha');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Bravo');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('agenda-item')).toHaveCount(2);
  // Tab from the title of item 2 goes through its fields (presenter, planned minutes,
  // classification, papers, standing) and then reaches its commands.
  await page.getByLabel('Title of item 2').focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Move item 2 up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('agenda-item').first()).toHaveAccessibleName('Item 1: Bravo');
});
