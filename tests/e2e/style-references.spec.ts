import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { importArchiveFile } from './support/ui';

// The reference meeting (SEC Panel meeting 30, March 2016) as held, its body given the
// industry code panel's references and people (padded references, owners by initials); the
// year-running counter and a member's initials are set on the body's settings screen. Two
// actions are raised through the minutes editor, one owned by a member chosen from the body's
// members, one by an outsider; the confidential PDF is read back.

const fixture = fileURLToPath(new URL('../fixtures/sec-panel-30.archive.json', import.meta.url));

interface Fixture {
  bodies: (Record<string, unknown> & { meetings: { id: string; status: string }[] })[];
}

/** The reference archive, meeting 30 held, its body in the code panel's reference style. */
function codePanelArchive(): { meetingId: string; file: Buffer } {
  const archive = JSON.parse(readFileSync(fixture, 'utf8')) as Fixture;
  const body = archive.bodies[0];
  const meeting = body?.meetings[0];
  if (body === undefined || meeting === undefined) throw new Error('no meeting in the fixture');
  meeting.status = 'held';
  Object.assign(body, {
    styleName: 'Industry code panel',
    actionRefTemplate: '{prefix}-{yyyy}-{seq:3}',
    actionLabel: 'ACTION {ref}:',
    closedActionLabel: '{ref} – CLOSED',
    peopleDisplay: 'initials',
  });
  return { meetingId: meeting.id, file: Buffer.from(JSON.stringify(archive)) };
}

async function importArchive(page: Page): Promise<string> {
  const { meetingId, file } = codePanelArchive();
  await importArchiveFile(page, file, 'sec-panel-30-code-panel.json');
  return meetingId;
}

const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );

test('padded year references and owners by initials reach the minutes', async ({ page }, info) => {
  test.setTimeout(240_000);
  const meetingId = await importArchive(page);

  // On the body's settings: the sequence runs through the year; Alison Reed's initials.
  await page.getByRole('link', { name: 'Settings and members' }).click();
  const counter = page.getByLabel('The sequence counts over');
  await counter.selectOption('year');
  await expect(counter).toHaveValue('year');
  const initials = page.getByLabel('Initials of Alison Reed');
  await initials.fill('AJR');
  await initials.blur();
  await page.reload();
  await expect(page.getByLabel('Initials of Alison Reed')).toHaveValue('AJR');
  await expect(page.getByLabel('The sequence counts over')).toHaveValue('year');

  await page.goto(`/#/meetings/${meetingId}/minutes`);
  // References run on through the year: no renumbering meeting by meeting.
  await expect(page.getByRole('heading', { name: /Minutes/ }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Add action to item 2', exact: true }).click();
  const first = page.getByLabel('Action SECP-2016-001: to …');
  await first.fill('circulate the revised principles');
  const firstEditor = page.locator('.action-editor').filter({ has: first });
  const owner = firstEditor.getByLabel('Owner');
  // The members are offered; choosing one makes the action theirs.
  await expect(firstEditor.locator('datalist option[value="Alison Reed"]')).toHaveCount(1);
  await owner.fill('Alison Reed');
  await owner.blur();

  await page.getByRole('button', { name: 'Add action to item 2', exact: true }).click();
  const second = page.getByLabel('Action SECP-2016-002: to …');
  await second.fill('check the legal position');
  const secondOwner = page.locator('.action-editor').filter({ has: second }).getByLabel('Owner');
  await secondOwner.fill('Head of Legal Services');
  await secondOwner.blur();
  await expect(page.getByRole('button', { name: 'Renumber actions in agenda order' })).toHaveCount(
    0,
  );

  await page.goto(`/#/meetings/${meetingId}/export`);
  const documents = page.getByRole('form', { name: 'Documents to prepare' });
  await documents.getByRole('button', { name: 'Prepare documents' }).click();
  await expect(page.getByText(/of \d ready/)).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText('4 of 4 ready')).toBeVisible({ timeout: 120_000 });
  const pdf = info.outputPath('confidential.pdf');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save Confidential minutes, PDF' }).click();
  await (await downloading).saveAs(pdf);
  const text = pdfText(pdf);
  expect(text).toContain('ACTION SECP-2016-001: AJR to circulate the revised principles');
  expect(text).toContain(
    'ACTION SECP-2016-002: Head of Legal Services to check the legal position',
  );
  // The key to the initials, in the attendance.
  expect(text).toMatch(/Name Initials Organisation Note/);
  expect(text).toMatch(/Alison Reed AJR Panel Chair/);
});
