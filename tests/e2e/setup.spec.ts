import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createBodyAndMeeting } from './support/ui';

const members: readonly [string, string][] = [
  ['Gordon Hextall', 'Panel Chair'],
  ['Julian Hughes', 'Large Supplier Member'],
  ['Sue Lee', 'Small Supplier Member'],
];

/** From the meeting's agenda to the body's settings, through the breadcrumb and the tab. */
async function openSettings(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'SEC Panel' })
    .click();
  await page.getByRole('link', { name: 'Settings and members' }).click();
  await expect(page.getByRole('heading', { name: 'Decision verbs' })).toBeVisible();
}

async function addMembers(page: Page, people: readonly (readonly [string, string])[]) {
  const form = page.getByRole('form', { name: 'Add a member' });
  for (const [name, organisation] of people) {
    const before = await page.getByTestId('member').count();
    await form.getByLabel('Member’s name').fill(name);
    await form.getByLabel('Organisation or role').fill(organisation);
    await form.getByLabel('Organisation or role').press('Enter');
    await expect(page.getByTestId('member')).toHaveCount(before + 1);
  }
}

async function verbs(page: Page): Promise<string[]> {
  return page
    .getByTestId('decision-verb')
    .getByRole('textbox')
    .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('a body’s verbs, reference template, quorum and members are set up and survive a reload', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  await openSettings(page);

  // Decision verbs: rename as typed (stored upper case), add, remove, reorder.
  await expect
    .poll(async () => (await verbs(page)).slice(0, 4))
    .toEqual(['NOTED', 'APPROVED', 'AGREED', 'SUPPORTED']);
  await page.getByLabel('Decision verb 4', { exact: true }).fill('supported in principle');
  await page.getByLabel('New verb').fill('ratified');
  await page.getByRole('button', { name: 'Add verb' }).click();
  await expect(page.getByTestId('decision-verb')).toHaveCount(11);
  await page.getByRole('button', { name: 'Remove REJECTED' }).click();
  await expect(page.getByTestId('decision-verb')).toHaveCount(10);
  await page.getByRole('button', { name: 'Move AGREED up' }).click();
  await expect.poll(() => verbs(page)).toContain('SUPPORTED IN PRINCIPLE');
  await expect
    .poll(async () => (await verbs(page)).slice(0, 3))
    .toEqual(['NOTED', 'AGREED', 'APPROVED']);
  // Alt+↓ moves the verb being edited, and the cursor stays in it.
  await page.getByLabel('Decision verb 1', { exact: true }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(async () => (await verbs(page)).slice(0, 2)).toEqual(['AGREED', 'NOTED']);
  await expect(page.getByLabel('Decision verb 2', { exact: true })).toBeFocused();
  // A duplicate is not saved, and the field says why.
  const third = page.getByLabel('Decision verb 3', { exact: true });
  await third.fill('noted');
  await expect(page.getByText('NOTED is already in the list. Not saved.')).toBeVisible();
  await third.fill('APPROVED');
  await expect(page.getByText(/already in the list/)).toHaveCount(0);

  // The action reference template, with its live example.
  const template = page.getByLabel('Reference template');
  const example = page.getByTestId('ref-example');
  await expect(example).toHaveText('SECP30/01');
  await template.fill('{prefix}{meeting}');
  await expect(page.getByText(/needs \{seq\}, \{seq:3\} or \{n\}/)).toBeVisible();
  await page.getByRole('button', { name: /Action-SC-2017-77/ }).click();
  await expect(template).toHaveValue('Action-SC-{yyyy}-{n}');
  await expect(example).toHaveText('Action-SC-2016-1');
  await template.fill('{prefix}-{yy}{mm}-{seq}');
  await expect(example).toHaveText('SECP-1603-01');

  await page.getByLabel('Quorum (members)').fill('2');
  const sentence = page.getByLabel('Sentence after a confidential item’s summary');
  await sentence.fill('Details are in the confidential minutes (Pwyllgor Ŵyŷ).');

  // Members: add, edit as typed, remove.
  await addMembers(page, [...members, ['Temporary Person', 'Observer']]);
  await page
    .getByLabel('Organisation or role of Julian Hughes')
    .fill('Large Supplier Member (Electricity)');
  await page.getByRole('button', { name: 'Remove Temporary Person' }).click();
  await expect(page.getByTestId('member')).toHaveCount(3);
  await page.getByLabel('Name of Sue Lee').fill('Sue Lee-Smith');
  await page.getByLabel('Name of Sue Lee-Smith').blur();

  await page.reload();
  await expect(page.getByTestId('decision-verb')).toHaveCount(10);
  await expect
    .poll(() => verbs(page))
    .toEqual([
      'AGREED',
      'NOTED',
      'APPROVED',
      'SUPPORTED IN PRINCIPLE',
      'ENDORSED',
      'RECOMMENDED',
      'RESOLVED',
      'RECEIVED',
      'DEFERRED',
      'RATIFIED',
    ]);
  await expect(template).toHaveValue('{prefix}-{yy}{mm}-{seq}');
  await expect(example).toHaveText('SECP-1603-01');
  await expect(page.getByLabel('Quorum (members)')).toHaveValue('2');
  await expect(sentence).toHaveValue('Details are in the confidential minutes (Pwyllgor Ŵyŷ).');
  await expect(page.getByLabel('Name of Gordon Hextall')).toHaveValue('Gordon Hextall');
  await expect(page.getByLabel('Organisation or role of Julian Hughes')).toHaveValue(
    'Large Supplier Member (Electricity)',
  );
  await expect(page.getByLabel('Name of Sue Lee-Smith')).toHaveValue('Sue Lee-Smith');
  await expect(page.getByTestId('member')).toHaveCount(3);
  await page.getByRole('heading', { level: 1 }).click();
  await page.screenshot({ path: 'test-results/screenshots/body-settings.png', fullPage: true });
});

test('attendance in three groups with notes; the quorum warning comes and goes', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  await openSettings(page);
  await page.getByLabel('Quorum (members)').fill('2');
  await addMembers(page, members);
  await page.getByRole('link', { name: 'Meetings' }).click();
  await page.getByRole('link', { name: /Meeting 30/ }).click();
  await page.getByRole('link', { name: 'Attendance' }).click();

  const status = page.getByRole('status').filter({ hasText: /quorate|quorum/ });
  await expect(status).toHaveText(/Not quorate: 0 members present, 2 needed/);

  const addMember = page.getByRole('form', { name: 'Add a member' });
  await addMember
    .getByLabel('Member')
    .selectOption({ label: 'Julian Hughes — Large Supplier Member' });
  await addMember.getByLabel('As').selectOption('apologies');
  await addMember.getByRole('button', { name: 'Add', exact: true }).click();
  const apologies = page.getByRole('region', { name: /Apologies/ });
  await expect(apologies.getByText('Julian Hughes', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Add all members as present' }).click();
  const present = page.getByRole('region', { name: /^Present/ });
  await expect(present.getByTestId('attendee')).toHaveCount(2);
  await expect(status).toContainText('Quorate: 2 members present; the quorum is 2.');
  await expect(page.getByText(/Not quorate/)).toHaveCount(0);
  await expect(page.getByText('Every member of the body is listed.')).toBeVisible();

  const guest = page.getByRole('form', { name: 'Add a guest' });
  await guest.getByLabel('Guest’s name').fill('Nick Blake');
  await guest.getByLabel('Organisation').fill('DCC');
  await guest.getByRole('button', { name: 'Add guest' }).click();
  const inAttendance = page.getByRole('region', { name: /In attendance/ });
  await expect(inAttendance.getByTestId('attendee')).toHaveCount(1);
  await page.getByLabel('Note for Nick Blake').fill('for item 5');
  await page.getByLabel('Note for Gordon Hextall').fill('by teleconference');

  // A guest listed as present does not make the meeting quorate.
  await page.getByLabel('Role of Sue Lee').selectOption('apologies');
  await expect(status).toHaveText(/Not quorate: 1 member present, 2 needed/);
  await page.getByLabel('Role of Nick Blake').selectOption('present');
  await expect(status).toHaveText(/Not quorate: 1 member present/);
  await page.getByLabel('Role of Nick Blake').selectOption('in-attendance');
  await page.getByLabel('Role of Sue Lee').selectOption('present');
  await expect(status).toHaveText(/^✓Quorate: 2 members present/);

  await page.getByLabel('Note for Gordon Hextall').blur();
  await page.reload();
  await expect(present.getByTestId('attendee')).toHaveCount(2);
  await expect(present.getByTestId('attendee').first()).toHaveAccessibleName('Gordon Hextall');
  await expect(page.getByLabel('Note for Gordon Hextall')).toHaveValue('by teleconference');
  await expect(page.getByLabel('Note for Nick Blake')).toHaveValue('for item 5');
  await expect(apologies.getByTestId('attendee')).toHaveCount(1);
  await expect(inAttendance.getByTestId('attendee')).toHaveCount(1);
  await expect(status).toHaveText(/^✓Quorate: 2 members present/);
  await page.getByRole('heading', { level: 1 }).click();
  await page.screenshot({ path: 'test-results/screenshots/attendance.png', fullPage: true });
});

test('once the minutes are approved the attendance is shown, not edited', async ({ page }) => {
  await createBodyAndMeeting(page);
  await openSettings(page);
  await addMembers(page, members.slice(0, 1));
  await page.getByRole('link', { name: 'Meetings' }).click();
  await page.getByRole('link', { name: /Meeting 30/ }).click();
  await page.getByRole('link', { name: 'Attendance' }).click();
  await page.getByRole('button', { name: 'Add all members as present' }).click();
  await page.getByLabel('Note for Gordon Hextall').fill('by teleconference');
  await page.getByLabel('Note for Gordon Hextall').blur();

  await page.getByRole('link', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await page.getByRole('button', { name: 'Close meeting…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close meeting' }).click();
  await page.getByRole('button', { name: 'Mark minutes approved…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mark minutes approved' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText(/approved/i);

  await page.getByRole('link', { name: 'Attendance' }).click();
  await expect(page.getByText('The minutes are approved: the attendance is locked.')).toBeVisible();
  const present = page.getByRole('region', { name: /^Present/ });
  await expect(present.getByText('Gordon Hextall')).toBeVisible();
  await expect(present.getByText('by teleconference')).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(1); // only "Your name" in the header
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Remove|Add/ })).toHaveCount(0);
  await page.screenshot({
    path: 'test-results/screenshots/attendance-approved.png',
    fullPage: true,
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`body settings and attendance pass axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await createBodyAndMeeting(page);
    await openSettings(page);
    await page.getByLabel('Quorum (members)').fill('3');
    await addMembers(page, members);
    await page.getByLabel('Decision verb 2', { exact: true }).fill('noted');
    await expect(page.getByText(/already in the list/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    if (colorScheme === 'dark') {
      await page.screenshot({
        path: 'test-results/screenshots/body-settings-dark.png',
        fullPage: true,
      });
    }

    await page.getByRole('link', { name: 'Meetings' }).click();
    await page.getByRole('link', { name: /Meeting 30/ }).click();
    await page.getByRole('link', { name: 'Attendance' }).click();
    await page.getByRole('button', { name: 'Add all members as present' }).click();
    await page.getByLabel('Role of Sue Lee').selectOption('apologies');
    await expect(page.getByText(/Not quorate/)).toBeVisible();
    const guest = page.getByRole('form', { name: 'Add a guest' });
    await guest.getByLabel('Guest’s name').fill('Nick Blake');
    await guest.getByRole('button', { name: 'Add guest' }).click();
    await expect(page.getByText('Guest', { exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    if (colorScheme === 'dark') {
      await page.screenshot({
        path: 'test-results/screenshots/attendance-dark.png',
        fullPage: true,
      });
    }
  });
}
