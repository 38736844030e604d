import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import PostalMime from 'postal-mime';
import type { Member } from '../../src-renderer/domain';
import { storedRows } from './support/stored';
import { createBodyAndMeeting } from './support/ui';

// Circulating the reference meeting's papers: the public minutes and agenda PDFs and the
// meeting invitation, e-mailed (as an .eml) to the members chosen on the Documents screen.

const fixture = fileURLToPath(new URL('../fixtures/sec-panel-30.archive.json', import.meta.url));

interface Fixture {
  bodies: { meetings: { id: string }[]; members: { name: string; email: string }[] }[];
}
const archive = JSON.parse(readFileSync(fixture, 'utf8')) as Fixture;
const meetingId = archive.bodies[0]?.meetings[0]?.id ?? '';
const members = archive.bodies[0]?.members ?? [];

async function importReference(page: Page): Promise<void> {
  await createBodyAndMeeting(page, 'Test Board');
  await page.getByRole('link', { name: 'Test Board' }).click();
  await page.getByLabel('Archive file to import').setInputFiles(fixture);
  await expect(page.getByRole('heading', { level: 1, name: /SEC Panel/ })).toBeVisible();
}

/** Clicks `button` and returns the file it downloads: its suggested name and bytes. */
async function download(page: Page, click: () => Promise<void>) {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

function icsEvent(text: string) {
  const vevent = ICAL.Component.fromString(text).getFirstSubcomponent('vevent');
  if (vevent === null) throw new Error('no VEVENT');
  return new ICAL.Event(vevent);
}

test('the public minutes and agenda circulated by e-mail to the chosen members, with the invitation', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await importReference(page);
  await page.goto(`/#/meetings/${meetingId}/export`);

  // The same documents exported on their own from the same screen.
  const options = page.getByRole('form', { name: 'Documents to prepare' });
  await options.getByRole('group', { name: 'Documents' }).getByLabel('Agenda').check();
  await options.getByRole('group', { name: 'Variants' }).getByLabel('Confidential').uncheck();
  await options.getByRole('group', { name: 'Formats' }).getByLabel('Word (DOCX)').uncheck();
  await options.getByRole('button', { name: 'Prepare documents' }).click();
  await expect(page.getByText('2 of 2 ready')).toBeVisible({ timeout: 60_000 });
  const minutesPdf = await download(page, () =>
    page.getByRole('button', { name: 'Save Public minutes, PDF' }).click(),
  );
  const agendaPdf = await download(page, () =>
    page.getByRole('button', { name: 'Save Public agenda, PDF' }).click(),
  );
  expect(minutesPdf.name).toBe('SEC Panel 30 minutes - public.pdf');
  expect(agendaPdf.name).toBe('SEC Panel 30 agenda - public.pdf');

  const form = page.getByRole('form', { name: 'Circulate the papers' });
  await expect(form.getByRole('group', { name: 'Variant' }).getByLabel('Public')).toBeChecked();
  const documents = form.getByRole('group', { name: 'Documents' });
  await expect(documents.getByLabel('Minutes, PDF')).toBeChecked();
  await documents.getByLabel('Agenda, PDF').check();
  await documents.getByLabel('Meeting invitation (.ics)').check();
  const recipients = form.getByRole('group', { name: /Recipients/ });
  await expect(recipients.getByRole('checkbox')).toHaveCount(members.length);
  await recipients.getByLabel('Mark Chen').uncheck();
  await recipients.getByLabel('Helen Brooks').uncheck();
  const chosen = members.filter((m) => !['Mark Chen', 'Helen Brooks'].includes(m.name));
  await expect(
    form.getByRole('group', { name: `Recipients (${String(chosen.length)})` }),
  ).toBeVisible();

  const eml = await download(page, () =>
    form.getByRole('button', { name: 'Write e-mail' }).click(),
  );
  expect(eml.name).toBe('SEC Panel meeting 30 circulation (public).eml');
  await expect(page.getByText(`Downloaded as ${eml.name}`)).toBeVisible();
  const email = await PostalMime.parse(eml.bytes);
  expect(email.to?.map((t) => [t.name, t.address])).toEqual(chosen.map((m) => [m.name, m.email]));
  expect(email.subject).toBe('SEC Panel meeting 30 on 10 March 2016');
  expect(email.text).toContain('Please find attached the papers of SEC Panel meeting 30');
  expect(email.attachments.map((a) => [a.filename, a.mimeType])).toEqual([
    [minutesPdf.name, 'application/pdf'],
    [agendaPdf.name, 'application/pdf'],
    ['SEC Panel meeting 30 invitation.ics', 'text/calendar'],
  ]);
  const bytesOf = (i: number) => new Uint8Array(email.attachments[i]?.content as ArrayBuffer);
  expect(Buffer.from(bytesOf(0)).equals(Buffer.from(minutesPdf.bytes))).toBe(true);
  expect(Buffer.from(bytesOf(1)).equals(Buffer.from(agendaPdf.bytes))).toBe(true);

  const event = icsEvent(new TextDecoder().decode(bytesOf(2)));
  expect(event.summary).toBe('SEC Panel meeting 30');
  expect(event.startDate.toString()).toBe('2016-03-10T10:00:00');
  expect(event.location).toBe('Gemserv, 8 Fenchurch Place, London EC3M 4AJ');
  expect(event.duration.toSeconds()).toBeGreaterThan(0);
  expect(event.attendees.map((a) => a.getFirstValue())).toEqual(
    chosen.map((m) => `mailto:${m.email}`),
  );

  // The meeting lists what was circulated, to whom.
  const circulated = page.getByTestId('circulation');
  await expect(circulated).toHaveCount(1);
  await expect(circulated).toContainText('Public papers');
  await expect(circulated).toContainText(minutesPdf.name);
  await expect(circulated).toContainText('Alison Reed <alison.reed@example.org>');
  await expect(circulated).not.toContainText('Mark Chen');

  // The invitation saved on its own.
  const ics = await download(page, () =>
    form.getByRole('button', { name: 'Save the invitation (.ics)' }).click(),
  );
  expect(ics.name).toBe('SEC Panel meeting 30 invitation.ics');
  expect(icsEvent(new TextDecoder().decode(ics.bytes)).attendees).toHaveLength(chosen.length);

  // A confidential e-mail says so in its subject and carries the confidential minutes.
  await form.getByRole('group', { name: 'Variant' }).getByLabel('Confidential').check();
  await documents.getByLabel('Agenda, PDF').uncheck();
  await documents.getByLabel('Meeting invitation (.ics)').uncheck();
  const secret = await download(page, () =>
    form.getByRole('button', { name: 'Write e-mail' }).click(),
  );
  const confidential = await PostalMime.parse(secret.bytes);
  expect(confidential.subject).toBe('CONFIDENTIAL: SEC Panel meeting 30 on 10 March 2016');
  expect(confidential.attachments.map((a) => a.filename)).toEqual([
    'SEC Panel 30 minutes - confidential.pdf',
  ]);
  await expect(circulated).toHaveCount(2);
  await expect(circulated.first()).toContainText('Confidential papers');
});

test('a member’s e-mail address and role are edited in the body’s settings', async ({ page }) => {
  await importReference(page);
  await page.getByRole('link', { name: 'Settings and members' }).click();
  const email = page.getByLabel('E-mail address of Mark Chen');
  await expect(email).toHaveValue('mark.chen@example.org');
  await email.fill('mark@example.org, other@example.org');
  await expect(page.getByText('Give one e-mail address only. Not saved.')).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await email.fill('mark@example.org');
  await expect(page.getByText('Not saved.')).toHaveCount(0);
  await page.getByLabel('Membership of Mark Chen').selectOption('observer');
  await email.blur();
  await expect
    .poll(async () => {
      const mark = (await storedRows<Member>(page, 'members')).find((m) => m.name === 'Mark Chen');
      return mark && [mark.email, mark.role];
    })
    .toEqual(['mark@example.org', 'observer']);

  const card = page.getByRole('region', { name: 'Circulation e-mail' });
  await expect(card.getByLabel('Subject')).toHaveValue('{body} meeting {meeting} on {date}');
  await expect(card.getByRole('definition').first()).toHaveText('the body’s name');

  // An observer is not ticked at first on the Documents screen.
  await page.goto(`/#/meetings/${meetingId}/export`);
  const recipients = page.getByRole('group', { name: /Recipients/ });
  await expect(recipients.getByLabel('Mark Chen')).not.toBeChecked();
  await expect(recipients.getByLabel('Alison Reed')).toBeChecked();
  // Ticked by role: all the members off, the observer on.
  const sendTo = page.getByRole('group', { name: 'Send to' });
  await sendTo.getByLabel('All members').uncheck();
  await expect(recipients.getByLabel('Alison Reed')).not.toBeChecked();
  await expect(page.getByText('Choose at least one recipient.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Write e-mail' })).toBeDisabled();
  await sendTo.getByLabel('All observers').check();
  await expect(recipients.getByLabel('Mark Chen')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Recipients (1)' })).toBeVisible();
});
