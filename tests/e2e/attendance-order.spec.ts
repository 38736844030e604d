import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';
import type { Attendance } from '../../src-renderer/domain';
import { storedRows } from './support/stored';
import { createBodyAndMeeting } from './support/ui';

/**
 * The attendance prints in the order set on the Attendance screen: the Chair first by default,
 * then whatever order the secretary sets with the move buttons, in both documents.
 */

const members: readonly [string, string][] = [
  ['Alison Reed', 'Large Supplier Member'],
  ['Gordon Hextall', 'Panel Chair'],
  ['Sue Lee', 'Small Supplier Member'],
];
const guestName = 'Jane Secretariat-Fotheringham-Smythe';
const guestOrganisation = 'Electricity Network Member and Smart Energy Code Administrator';

async function addMembers(page: Page) {
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'SEC Panel' })
    .click();
  await page.getByRole('link', { name: 'Settings and members' }).click();
  const form = page.getByRole('form', { name: 'Add a member' });
  for (const [name, organisation] of members) {
    const before = await page.getByTestId('member').count();
    await form.getByLabel('Member’s name').fill(name);
    await form.getByLabel('Organisation or role').fill(organisation);
    await form.getByLabel('Organisation or role').press('Enter');
    await expect(page.getByTestId('member')).toHaveCount(before + 1);
  }
  await page.getByRole('link', { name: 'Meetings' }).click();
  await page.getByRole('link', { name: /Meeting 30/ }).click();
}

/** The names in a role's table on screen, top to bottom. */
function names(table: Locator): Promise<string[]> {
  return table
    .getByTestId('attendee')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
}

/** The names as stored: each role's rows by position (then id, as the app sorts). */
async function storedOrder(page: Page, role: Attendance['role']): Promise<string[]> {
  const rows = await storedRows<Attendance>(page, 'attendance');
  return rows
    .filter((r) => r.role === role)
    .sort((a, b) =>
      a.position !== b.position ? (a.position < b.position ? -1 : 1) : a.id < b.id ? -1 : 1,
    )
    .map((r) => r.name);
}

/** Where each name first appears in a text; the names in that order. */
function inOrder(text: string, wanted: readonly string[]): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return wanted
    .map((name) => ({ name, at: flat.indexOf(name) }))
    .filter((n) => n.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((n) => n.name);
}

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

test('the attendance is reordered on screen and printed in that order in both documents', async ({
  page,
}, info) => {
  await createBodyAndMeeting(page);
  await addMembers(page);
  await page.getByRole('link', { name: 'Attendance' }).click();
  const present = page.getByRole('region', { name: /^Present/ });

  // The Chair goes first by default, though added second; the others in member order.
  await page.getByRole('button', { name: 'Add all members as present' }).click();
  await expect(present.getByTestId('attendee')).toHaveCount(3);
  expect(await names(present)).toEqual(['Gordon Hextall', 'Alison Reed', 'Sue Lee']);

  // A guest with a long name and organisation: shown whole, on as many lines as it needs.
  const guest = page.getByRole('form', { name: 'Add a guest' });
  await guest.getByLabel('Guest’s name').fill(guestName);
  await guest.getByLabel('Organisation').fill(guestOrganisation);
  await guest.getByLabel('As').selectOption('present');
  await guest.getByRole('button', { name: 'Add guest' }).click();
  await expect(present.getByTestId('attendee')).toHaveCount(4);
  for (const [label, value] of [
    [`Name of guest ${guestName}`, guestName],
    [`Organisation of ${guestName}`, guestOrganisation],
  ] as const) {
    const field = page.getByLabel(label);
    await expect(field).toHaveValue(value);
    const fits = await field.evaluate(
      (el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1,
    );
    expect(fits, `${label} is shown whole`).toBe(true);
  }
  const organisation = await page.getByLabel(`Organisation of ${guestName}`).boundingBox();
  expect(organisation?.height, 'the organisation wraps onto a second line').toBeGreaterThan(40);

  // Reorder with the buttons; the first row cannot move up, the last cannot move down.
  await expect(page.getByRole('button', { name: 'Move Gordon Hextall up' })).toBeDisabled();
  await expect(page.getByRole('button', { name: `Move ${guestName} down` })).toBeDisabled();
  await page.getByRole('button', { name: 'Move Sue Lee up' }).click();
  await expect
    .poll(() => names(present))
    .toEqual(['Gordon Hextall', 'Sue Lee', 'Alison Reed', guestName]);
  // Focus stays on the button that moved the row, so it can be pressed again.
  await expect(page.getByRole('button', { name: 'Move Sue Lee up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => names(present))
    .toEqual(['Sue Lee', 'Gordon Hextall', 'Alison Reed', guestName]);
  // Alt+↓ in a row moves it down.
  await page.getByLabel('Note for Gordon Hextall').fill('by teleconference');
  await page.getByLabel('Note for Gordon Hextall').press('Alt+ArrowDown');
  const wanted = ['Sue Lee', 'Alison Reed', 'Gordon Hextall', guestName];
  await expect.poll(() => names(present)).toEqual(wanted);
  await expect.poll(() => storedOrder(page, 'present')).toEqual(wanted);
  await page.reload();
  await expect.poll(() => names(present)).toEqual(wanted);
  await page.screenshot({ path: 'test-results/screenshots/attendance-order.png', fullPage: true });

  // Both documents print the Present table in that order.
  await page.getByRole('link', { name: 'Documents' }).click();
  const form = page.getByRole('form', { name: 'Documents to prepare' });
  await form.getByLabel('Public').uncheck();
  await form.getByRole('button', { name: 'Prepare documents' }).click();
  await expect(page.getByText('2 of 2 ready')).toBeVisible();
  const save = async (name: string, file: string) => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: `Save ${name}` }).click();
    const path = info.outputPath(file);
    await (await downloading).saveAs(path);
    return path;
  };
  const pdf = await save('Confidential minutes, PDF', 'confidential.pdf');
  const docx = await save('Confidential minutes, Word (DOCX)', 'confidential.docx');
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', pdf, '-'], {
    encoding: 'utf8',
  });
  expect(inOrder(pdfText, wanted)).toEqual(wanted);
  expect(inOrder(await docxText(docx), wanted)).toEqual(wanted);
  expect(pdfText.replace(/\s+/g, ' ')).toContain(guestOrganisation);
});
