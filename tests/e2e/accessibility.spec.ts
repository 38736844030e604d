import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addItems, createBodyAndMeeting } from './support/ui';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen passes axe with no serious violation (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    expect(await seriousViolations(page)).toEqual([]);

    await createBodyAndMeeting(page);
    await addItems(page, ['Minutes and Actions Outstanding', 'Event of Default Update']);
    await page.getByLabel('Classification').nth(1).selectOption('confidential');
    await expect(page.getByLabel('Public summary')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    const meeting = page.url();
    for (const tab of ['Attendance', 'Minutes', 'Chair view', 'Documents']) {
      await page.goto(meeting);
      await page
        .getByRole('navigation', { name: 'Meeting' })
        .getByRole('link', { name: tab })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await seriousViolations(page), tab).toEqual([]);
      expect(await unreachableControls(page), tab).toEqual([]);
    }

    await page.goto(meeting);
    await page.getByRole('link', { name: 'SEC Panel' }).click();
    await expect(page.getByRole('heading', { name: 'Meetings' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    const body = page.url();
    for (const tab of ['Settings and members', 'Action log']) {
      await page.goto(body);
      await page.getByRole('navigation', { name: 'Body' }).getByRole('link', { name: tab }).click();
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      expect(await seriousViolations(page), tab).toEqual([]);
      expect(await unreachableControls(page), tab).toEqual([]);
    }

    await page
      .getByRole('navigation', { name: 'App' })
      .getByRole('link', { name: 'Backups' })
      .click();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByTestId('backup-row')).toHaveCount(1);
    expect(await seriousViolations(page), 'Backups').toEqual([]);
    expect(await unreachableControls(page), 'Backups').toEqual([]);
  });
}

/** Enabled, visible controls that the Tab key can never reach (tabindex -1 on a control). */
async function unreachableControls(page: Page): Promise<string[]> {
  return page
    .locator('a[href], button, input, select, textarea, [role="button"], [role="tab"]')
    .evaluateAll((els) =>
      els
        .filter((el) => {
          const html = el as HTMLElement;
          const visible = html.offsetParent !== null || getComputedStyle(html).position === 'fixed';
          const disabled = (html as HTMLButtonElement).disabled;
          return visible && !disabled && html.tabIndex < 0 && html.closest('[inert]') === null;
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
  // Tab from the title of item 2 reaches its commands.
  await page.getByLabel('Title of item 2').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Move item 2 up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('agenda-item').first()).toHaveAccessibleName('Item 1: Bravo');
});
