import { expect, test } from '@playwright/test';

test('create a body, a meeting and three agenda items; all are there after a reload', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Bodies' })).toBeVisible();

  const newBody = page.getByRole('form', { name: 'New body' });
  await newBody.getByLabel('Name').fill('SEC Panel');
  await newBody.getByLabel('Action prefix').fill('SECP');
  await newBody.getByLabel('Secretariat').fill('SECAS');
  await newBody.getByRole('button', { name: 'Create body' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SEC Panel' })).toBeVisible();

  const newMeeting = page.getByRole('form', { name: 'New meeting' });
  await newMeeting.getByLabel('Number').fill('30');
  await newMeeting.getByLabel('Date').fill('2016-03-10');
  await newMeeting.getByLabel('Time').fill('10:00');
  await newMeeting.getByLabel('Venue').fill('Gemserv, 8 Fenchurch Place, London');
  await newMeeting.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /SEC Panel meeting 30/ })).toBeVisible();

  const titles = [
    'Minutes and Actions Outstanding',
    'Event of Default Update',
    'Privacy Assessment – Decision Making Principles',
  ];
  const newItem = page.getByLabel('New agenda item');
  for (const title of titles) {
    await newItem.fill(title);
    await newItem.press('Enter');
    await expect(
      page.getByRole('listitem', { name: new RegExp(`: ${escape(title)}$`) }),
    ).toBeVisible();
  }

  await page.reload();
  const items = page.getByTestId('agenda-item');
  await expect(items).toHaveCount(3);
  for (const [index, title] of titles.entries()) {
    await expect(items.nth(index)).toHaveAccessibleName(`Item ${String(index + 1)}: ${title}`);
  }
  await expect(
    page.getByText('Thursday 10 March 2016 at 10:00, Gemserv, 8 Fenchurch Place, London'),
  ).toBeVisible();

  await page.goto('/');
  await expect(page.getByRole('link', { name: /SEC Panel/ })).toBeVisible();
  await page.getByRole('link', { name: /SEC Panel/ }).click();
  await expect(
    page.getByRole('link', { name: /Meeting 30 — Thursday 10 March 2016/ }),
  ).toBeVisible();
  await page.getByRole('link', { name: /Meeting 30/ }).click();
  await expect(items).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('agenda.png'), fullPage: true });
  await page.screenshot({ path: 'test-results/screenshots/agenda.png', fullPage: true });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
