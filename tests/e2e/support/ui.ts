import { expect, type Locator, type Page } from '@playwright/test';
import { liveArchive } from './live-archive';

/**
 * Creates a body and a meeting through the UI and leaves the page on the meeting's agenda.
 * `home` is the app's address: a full URL for a page outside Playwright's own contexts.
 */
export async function createBodyAndMeeting(
  page: Page,
  bodyName = 'SEC Panel',
  home = '/',
): Promise<void> {
  await page.goto(home);
  const newBody = page.getByRole('form', { name: 'New body' });
  await newBody.getByLabel('Name').fill(bodyName);
  await newBody.getByLabel('Action prefix').fill('SECP');
  await newBody.getByLabel('Secretariat').fill('SECAS');
  await newBody.getByRole('button', { name: 'Create body' }).click();
  const newMeeting = page.getByRole('form', { name: 'New meeting' });
  await newMeeting.getByLabel('Number').fill('30');
  await newMeeting.getByLabel('Date').fill('2016-03-10');
  await newMeeting.getByRole('button', { name: 'Create meeting' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`${bodyName} meeting 30`) }),
  ).toBeVisible();
}

/** Adds agenda items by title, waiting for each to appear. */
export async function addItems(page: Page, titles: readonly string[]): Promise<void> {
  const field = page.getByLabel('New agenda item');
  for (const title of titles) {
    const before = await page.getByTestId('agenda-item').count();
    await field.fill(title);
    await field.press('Enter');
    await expect(page.getByTestId('agenda-item')).toHaveCount(before + 1);
  }
}

/** The accessible names of the agenda items, in order ("Item 1: Title"). */
export async function agendaNames(page: Page): Promise<string[]> {
  return page
    .getByTestId('agenda-item')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
}

/**
 * Imports an archive file through a new body's page, as a secretary would, and waits for the
 * imported body's page (every test archive is of the SEC Panel).
 */
export async function importArchiveFile(
  page: Page,
  file: Buffer,
  name: string,
  bodyName = 'Test Board',
): Promise<void> {
  await createBodyAndMeeting(page, bodyName);
  await page.getByRole('link', { name: bodyName }).click();
  await page
    .getByLabel('Archive file to import')
    .setInputFiles({ name, mimeType: 'application/json', buffer: file });
  await expect(page.getByRole('heading', { level: 1, name: /SEC Panel/ })).toBeVisible();
}

/**
 * Imports the reference archive made a live meeting of `items` items and `actions` earlier
 * actions (liveArchive); its meeting's id.
 */
export async function importLive(page: Page, items: number, actions: number): Promise<string> {
  const { file, meetingId } = liveArchive(items, actions);
  await importArchiveFile(page, file, 'live.json');
  return meetingId;
}

/** Opens the Backups screen from the app's header. */
export async function openBackups(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'App' })
    .getByRole('link', { name: 'Backups' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
}

/**
 * Records every text the element with test id `testId` shows from now on, as the page shows
 * it (a progress line changes faster than a test can poll it); `seen()` returns them.
 */
export async function watchTexts(
  page: Page,
  testId: string,
): Promise<{ seen: () => Promise<string[]> }> {
  const key = `seen-${testId}`;
  await page.evaluate(
    ({ testId: id, key: name }) => {
      const seen: string[] = [];
      (window as unknown as Record<string, string[]>)[name] = seen;
      const line = document.querySelector(`[data-testid="${id}"]`);
      if (line === null) throw new Error(`no ${id} on the page`);
      new MutationObserver(() => seen.push(line.textContent)).observe(line, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    },
    { testId, key },
  );
  return {
    seen: () =>
      page.evaluate((name) => (window as unknown as Record<string, string[]>)[name] ?? [], key),
  };
}

/**
 * Meeting 31 of the body whose meeting is open, with its Actions Outstanding item; leaves the
 * page on its minutes and returns the item's list of outstanding actions.
 */
export async function meeting31(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1).click();
  const form = page.getByRole('form', { name: 'New meeting' });
  await form.getByLabel('Number').fill('31');
  await form.getByLabel('Date').fill('2016-04-14');
  await form.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /meeting 31/ })).toBeVisible();
  return outstandingItem(page);
}

/** Adds the Actions Outstanding item to the meeting on screen and opens its minutes. */
export async function outstandingItem(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Add Actions Outstanding item' }).click();
  await expect(page.getByTestId('agenda-item').first()).toHaveAccessibleName(
    /Minutes and Actions Outstanding/,
  );
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  const region = page.getByRole('region', { name: 'Actions outstanding from earlier meetings' });
  await expect(region).toBeVisible();
  return region;
}
