import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { storedItem } from './support/stored';
import { addItems, agendaNames, createBodyAndMeeting } from './support/ui';

/** Drags `handle` with the mouse until its centre is `dy` pixels lower (negative: higher). */
async function dragBy(page: Page, handle: Locator, dy: number): Promise<void> {
  const box = await handle.boundingBox();
  if (!box) throw new Error('the drag handle is not visible');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // dnd-kit starts a drag only after the pointer has moved a few pixels, in separate events.
  await page.mouse.move(x, y + Math.sign(dy) * 8, { steps: 4 });
  await page.mouse.move(x, y + dy, { steps: 20 });
  await page.mouse.up();
}

/** The vertical distance from one item's card to another's. */
async function distance(page: Page, from: string, to: string): Promise<number> {
  const a = await page.getByRole('listitem', { name: from, exact: true }).boundingBox();
  const b = await page.getByRole('listitem', { name: to, exact: true }).boundingBox();
  if (!a || !b) throw new Error('an item is not visible');
  return b.y - a.y;
}

/** The hidden region in which dnd-kit speaks to screen readers (each list has its own). */
function dragAnnouncement(page: Page): Locator {
  return page.locator('[id^="DndLiveRegion"]', { hasText: /\S/ });
}

/**
 * Picks up the focused drag handle with Space and returns once the drag listens for keys.
 * dnd-kit's keyboard sensor adds its key listener in a timer after the pick-up is announced,
 * and a key pressed before that timer has run is lost (as a person's pace never allows): this
 * waits until a timer queued after that one has run.
 */
async function pickUp(page: Page, announced: string | RegExp): Promise<void> {
  await page.keyboard.press('Space');
  await expect(dragAnnouncement(page)).toHaveText(announced);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Creates another meeting of the body shown in the breadcrumb and opens its agenda. */
async function createMeeting(page: Page, number: number, date: string): Promise<void> {
  await page.getByRole('link', { name: 'SEC Panel' }).first().click();
  const form = page.getByRole('form', { name: 'New meeting' });
  await form.getByLabel('Number').fill(String(number));
  await form.getByLabel('Date').fill(date);
  await form.getByRole('button', { name: 'Create meeting' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`meeting ${String(number)}`) }),
  ).toBeVisible();
}

test('items are dragged into a new order with the mouse, sub-items among their siblings', async ({
  page,
}) => {
  // Taller than the page, so every drop target is on screen (the mouse cannot leave the
  // viewport) and dnd-kit's auto-scroll near the window's edge has nothing to scroll.
  await page.setViewportSize({ width: 1280, height: 2400 });
  await createBodyAndMeeting(page);
  await addItems(page, ['Alpha', 'Bravo', 'Charlie', 'Delta']);
  await page
    .getByRole('group', { name: 'Commands for item 2' })
    .getByRole('button', { name: 'Add sub-item' })
    .click();
  await page.getByLabel('Title of item 2.1').fill('Bravo one');
  await page
    .getByRole('group', { name: 'Commands for item 2' })
    .getByRole('button', { name: 'Add sub-item' })
    .click();
  await page.getByLabel('Title of item 2.2').fill('Bravo two');
  await page.getByLabel('Title of item 2.2').blur();
  await expect.poll(() => agendaNames(page)).toContain('Item 2.2: Bravo two');

  // Alpha, dropped onto Charlie's place: below Bravo (and Bravo's sub-items travel with it).
  const alphaToCharlie = await distance(page, 'Item 1: Alpha', 'Item 3: Charlie');
  await dragBy(page, page.getByRole('button', { name: 'Drag item 1 to reorder' }), alphaToCharlie);
  await expect(dragAnnouncement(page)).toHaveText('Item 1, Alpha dropped at position 3 of 4.');
  await expect
    .poll(() => agendaNames(page))
    .toEqual([
      'Item 1: Bravo',
      'Item 1.1: Bravo one',
      'Item 1.2: Bravo two',
      'Item 2: Charlie',
      'Item 3: Alpha',
      'Item 4: Delta',
    ]);

  // A sub-item moves among its own siblings.
  const up = await distance(page, 'Item 1.2: Bravo two', 'Item 1.1: Bravo one');
  await dragBy(page, page.getByRole('button', { name: 'Drag item 1.2 to reorder' }), up);
  await expect
    .poll(() => agendaNames(page))
    .toEqual([
      'Item 1: Bravo',
      'Item 1.1: Bravo two',
      'Item 1.2: Bravo one',
      'Item 2: Charlie',
      'Item 3: Alpha',
      'Item 4: Delta',
    ]);

  await page.reload();
  await expect
    .poll(() => agendaNames(page))
    .toEqual([
      'Item 1: Bravo',
      'Item 1.1: Bravo two',
      'Item 1.2: Bravo one',
      'Item 2: Charlie',
      'Item 3: Alpha',
      'Item 4: Delta',
    ]);
});

test('the drag handle works from the keyboard and tells a screen reader what happens', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  await addItems(page, ['Alpha', 'Bravo', 'Charlie']);
  const handle = page.getByRole('button', { name: 'Drag item 1 to reorder' });
  await expect(handle).toHaveAccessibleDescription(/press Space or Enter, then the up and down/);
  await handle.focus();
  await pickUp(page, 'Picked up item 1, Alpha, at position 1 of 3.');
  await page.keyboard.press('ArrowDown');
  await expect(dragAnnouncement(page)).toHaveText('Item 1, Alpha is now at position 2 of 3.');
  await page.keyboard.press('Space');
  await expect(dragAnnouncement(page)).toHaveText('Item 1, Alpha dropped at position 2 of 3.');
  await expect
    .poll(() => agendaNames(page))
    .toEqual(['Item 1: Bravo', 'Item 2: Alpha', 'Item 3: Charlie']);

  // Escape puts a picked-up item back where it was.
  await page.getByRole('button', { name: 'Drag item 3 to reorder' }).focus();
  await pickUp(page, /Picked up item 3/);
  await page.keyboard.press('ArrowUp');
  await expect(dragAnnouncement(page)).toHaveText(/is now at position 2 of 3/);
  await page.keyboard.press('Escape');
  await expect(dragAnnouncement(page)).toHaveText(/Moving cancelled/);

  // Alt+arrow still moves an item one place at once.
  await page.getByLabel('Title of item 3').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => agendaNames(page))
    .toEqual(['Item 1: Bravo', 'Item 2: Charlie', 'Item 3: Alpha']);

  await page.reload();
  await expect
    .poll(() => agendaNames(page))
    .toEqual(['Item 1: Bravo', 'Item 2: Charlie', 'Item 3: Alpha']);
});

test('papers, presenter, planned minutes and classification are edited and kept', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  await addItems(page, ['Privacy Assessment – Decision Making Principles', 'AOB']);
  const item = page.getByRole('listitem', { name: /^Item 1:/ });
  await item
    .getByLabel('Papers', { exact: true })
    .fill('SECP_30_1003_04, SECP_30_1003_05\nSECP_30_1003_06 ,');
  await item.getByLabel('Presenter').fill('SECAS');
  await item.getByLabel('Planned minutes').fill('20');
  await item.getByLabel('Classification').selectOption('confidential');
  const chips = item.getByRole('list', { name: 'Papers for item 1' }).getByRole('listitem');
  await expect(chips).toHaveText(['SECP_30_1003_04', 'SECP_30_1003_05', 'SECP_30_1003_06']);
  await expect
    .poll(() => storedItem(page, 'Privacy Assessment – Decision Making Principles'))
    .toMatchObject({
      paperRefs: ['SECP_30_1003_04', 'SECP_30_1003_05', 'SECP_30_1003_06'],
      presenter: 'SECAS',
      plannedMinutes: 20,
      classification: 'confidential',
    });

  await page.reload();
  const again = page.getByRole('listitem', { name: /^Item 1:/ });
  await expect(again.getByLabel('Papers', { exact: true })).toHaveValue(
    'SECP_30_1003_04, SECP_30_1003_05, SECP_30_1003_06',
  );
  await expect(
    again.getByRole('list', { name: 'Papers for item 1' }).getByRole('listitem'),
  ).toHaveText(['SECP_30_1003_04', 'SECP_30_1003_05', 'SECP_30_1003_06']);
  await expect(again.getByLabel('Presenter')).toHaveValue('SECAS');
  await expect(again.getByLabel('Planned minutes')).toHaveValue('20');
  await expect(again.getByLabel('Classification')).toHaveValue('confidential');
  await expect(again.getByRole('list', { name: 'Kind' })).toHaveText('Confidential');
  // Item 2 has no papers, so no tags.
  await expect(page.getByRole('list', { name: 'Papers for item 2' })).toHaveCount(0);
});

test('the Actions Outstanding item is added once, as item 1, and shows its kind', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  await addItems(page, ['Event of Default Update', 'AOB']);
  await page.getByRole('button', { name: 'Add Actions Outstanding item' }).click();
  await expect
    .poll(() => agendaNames(page))
    .toEqual([
      'Item 1: Minutes and Actions Outstanding',
      'Item 2: Event of Default Update',
      'Item 3: AOB',
    ]);
  const first = page.getByRole('listitem', { name: /^Item 1:/ });
  await expect(first.getByRole('list', { name: 'Kind' })).toHaveText('Actions Outstanding');
  await expect(first.getByLabel('Standing item')).toBeChecked();
  await expect(
    page.getByRole('listitem', { name: /^Item 2:/ }).getByRole('list', { name: 'Kind' }),
  ).toHaveCount(0);

  await page.getByRole('button', { name: 'Add Actions Outstanding item' }).click();
  await expect(
    page.getByText(
      'This agenda already has its Actions Outstanding item (item 1, “Minutes and Actions Outstanding”); a meeting has only one.',
    ),
  ).toBeVisible();
  await expect(page.getByTestId('agenda-item')).toHaveCount(3);

  await page.reload();
  await expect(
    page.getByRole('listitem', { name: /^Item 1:/ }).getByRole('list', { name: 'Kind' }),
  ).toHaveText('Actions Outstanding');
});

test('standing items of meeting 29 are copied into meeting 30, with their sub-items', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  // Meeting 30 exists first; meeting 29 is prepared afterwards, as when minutes are caught up.
  await createMeeting(page, 29, '2016-02-11');
  await expect(page.getByRole('button', { name: /Add standing items from meeting/ })).toHaveCount(
    0,
  );
  await page.getByRole('button', { name: 'Add Actions Outstanding item' }).click();
  await expect(page.getByTestId('agenda-item')).toHaveCount(1);
  await page.getByRole('button', { name: 'Add sub-item' }).click();
  await page.getByLabel('Title of item 1.1').fill('SECP22/08');
  await page
    .getByRole('listitem', { name: /^Item 1.1:/ })
    .getByLabel('Presenter')
    .fill('DCC');
  await addItems(page, ['Risk Register Update', 'Any Other Business']);
  const aob = page.getByRole('listitem', { name: /^Item 3:/ });
  await aob.getByLabel('Presenter').fill('Panel Chair');
  await aob.getByLabel('Planned minutes').fill('5');
  await aob.getByLabel('Papers', { exact: true }).fill('SECP_29_0211_09');
  await aob.getByLabel('Standing item').check();
  await expect.poll(() => storedItem(page, 'SECP22/08')).toMatchObject({ presenter: 'DCC' });
  await expect
    .poll(() => storedItem(page, 'Any Other Business'))
    .toMatchObject({
      presenter: 'Panel Chair',
      plannedMinutes: 5,
      paperRefs: ['SECP_29_0211_09'],
      standing: true,
    });

  await page.getByRole('link', { name: 'SEC Panel' }).first().click();
  await page.getByRole('link', { name: /Meeting 30/ }).click();
  await addItems(page, ['Welcome']);
  await page.getByRole('button', { name: 'Add standing items from meeting 29' }).click();
  await expect(
    page.getByText('3 items added from the standing items of meeting 29.'),
  ).toBeVisible();
  const expected = [
    'Item 1: Welcome',
    'Item 2: Minutes and Actions Outstanding',
    'Item 2.1: SECP22/08',
    'Item 3: Any Other Business',
  ];
  await expect.poll(() => agendaNames(page)).toEqual(expected);
  const copied = page.getByRole('listitem', { name: 'Item 3: Any Other Business' });
  await expect(copied.getByLabel('Presenter')).toHaveValue('Panel Chair');
  await expect(copied.getByLabel('Planned minutes')).toHaveValue('5');
  await expect(copied.getByLabel('Standing item')).toBeChecked();
  // Papers belong to the meeting they were tabled at.
  await expect(copied.getByLabel('Papers', { exact: true })).toHaveValue('');
  await expect(
    page.getByRole('listitem', { name: 'Item 2.1: SECP22/08' }).getByLabel('Presenter'),
  ).toHaveValue('DCC');

  await page.getByRole('button', { name: 'Add standing items from meeting 29' }).click();
  await expect(
    page.getByText('Nothing added: the standing items of meeting 29 are already on this agenda.'),
  ).toBeVisible();
  await page.reload();
  await expect.poll(() => agendaNames(page)).toEqual(expected);
  await page.screenshot({
    path: 'test-results/screenshots/agenda-builder-standing.png',
    fullPage: true,
  });
});

test('an approved agenda is shown read-only, with its papers, kinds and details', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  await page.getByRole('button', { name: 'Add Actions Outstanding item' }).click();
  await expect(page.getByTestId('agenda-item')).toHaveCount(1);
  await addItems(page, ['Event of Default Update', 'Privacy Assessment']);
  const privacy = page.getByRole('listitem', { name: /^Item 3:/ });
  await privacy.getByLabel('Presenter').fill('SECAS');
  await privacy.getByLabel('Planned minutes').fill('20');
  await privacy.getByLabel('Papers', { exact: true }).fill('SECP_30_1003_04, SECP_30_1003_04A');
  await page
    .getByRole('listitem', { name: /^Item 2:/ })
    .getByLabel('Classification')
    .selectOption('confidential');
  await expect
    .poll(() => storedItem(page, 'Privacy Assessment'))
    .toMatchObject({
      presenter: 'SECAS',
      plannedMinutes: 20,
      paperRefs: ['SECP_30_1003_04', 'SECP_30_1003_04A'],
    });
  await expect
    .poll(() => storedItem(page, 'Event of Default Update'))
    .toMatchObject({ classification: 'confidential' });
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await page.getByRole('button', { name: 'Close meeting…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close meeting' }).click();
  await page.getByRole('button', { name: 'Mark minutes approved…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mark minutes approved' }).click();

  await expect(page.getByRole('button', { name: /^Drag item/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add Actions Outstanding item' })).toHaveCount(0);
  await expect(page.getByLabel('Papers', { exact: true })).toHaveCount(0);
  const locked = page.getByRole('listitem', { name: 'Item 3: Privacy Assessment' });
  await expect(locked.getByText('Presenter: SECAS · 20 min planned')).toBeVisible();
  await expect(
    locked.getByRole('list', { name: 'Papers for item 3' }).getByRole('listitem'),
  ).toHaveText(['SECP_30_1003_04', 'SECP_30_1003_04A']);
  await expect(
    page.getByRole('listitem', { name: /^Item 1:/ }).getByRole('list', { name: 'Kind' }),
  ).toHaveText('Actions Outstanding');
  await expect(
    page.getByRole('listitem', { name: /^Item 2:/ }).getByRole('list', { name: 'Kind' }),
  ).toHaveText('Confidential');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the agenda builder passes axe with no serious violation (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await createBodyAndMeeting(page);
    await page.getByRole('button', { name: 'Add Actions Outstanding item' }).click();
    await expect(page.getByTestId('agenda-item')).toHaveCount(1);
    await addItems(page, [
      'Event of Default Update',
      'Privacy Assessment – Decision Making Principles',
      'Any Other Business',
    ]);
    await page.getByRole('button', { name: 'Add sub-item' }).first().click();
    await page.getByLabel('Title of item 1.1').fill('SECP22/08 — Design Notes');
    const eod = page.getByRole('listitem', { name: /^Item 2:/ });
    await eod.getByLabel('Classification').selectOption('confidential');
    await eod
      .getByLabel('Public summary')
      .fill('The Panel were provided with a confidential paper.');
    await eod.getByLabel('Planned minutes').fill('15');
    const privacy = page.getByRole('listitem', { name: /^Item 3:/ });
    await privacy.getByLabel('Presenter').fill('SECAS');
    await privacy.getByLabel('Planned minutes').fill('20');
    await privacy.getByLabel('Papers', { exact: true }).fill('SECP_30_1003_04, SECP_30_1003_04A');
    const aob = page.getByRole('listitem', { name: /^Item 4:/ });
    await aob.getByLabel('Presenter').fill('Panel Chair');
    await aob.getByLabel('Standing item').check();
    await page.getByLabel('Title of item 1.1').blur();
    await expect(
      privacy.getByRole('list', { name: 'Papers for item 3' }).getByRole('listitem'),
    ).toHaveCount(2);
    expect(await seriousViolations(page)).toEqual([]);

    // Mid-drag, from the keyboard, too.
    await page.getByRole('button', { name: 'Drag item 3 to reorder' }).focus();
    await pickUp(page, /Picked up item 3/);
    await page.keyboard.press('ArrowUp');
    await expect(dragAnnouncement(page)).toHaveText(/is now at position 2/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dragAnnouncement(page)).toHaveText(/Moving cancelled/);
    // The screenshot shows the agenda, not the passing messages.
    const dismiss = page.getByRole('button', { name: 'Dismiss message' });
    while ((await dismiss.count()) > 0) await dismiss.first().click();

    if (colorScheme === 'light') {
      await page.mouse.move(0, 0);
      await page.screenshot({
        path: 'test-results/screenshots/agenda-builder.png',
        fullPage: true,
      });
    } else {
      await page.screenshot({
        path: 'test-results/screenshots/agenda-builder-dark.png',
        fullPage: true,
      });
    }
  });
}
