import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { holdWrites } from './support/hold';
import { importArchiveFile } from './support/ui';

// The reference meeting (SEC Panel meeting 30) as held, before its minutes are approved: a named
// vote and a dissent recorded on a decision of item 4, a declaration of interest on item 4 and
// a confidential one, the minutes exported from the Documents screen and read back.

const fixture = fileURLToPath(new URL('../fixtures/sec-panel-30.archive.json', import.meta.url));

interface Fixture {
  bodies: { meetings: { id: string; status: string }[] }[];
}

/** The reference archive with meeting 30 held, not yet approved, so its minutes may change. */
function heldMeeting(): { meetingId: string; file: Buffer } {
  const archive = JSON.parse(readFileSync(fixture, 'utf8')) as Fixture;
  const meeting = archive.bodies[0]?.meetings[0];
  if (meeting === undefined) throw new Error('the reference archive has no meeting');
  meeting.status = 'held';
  return { meetingId: meeting.id, file: Buffer.from(JSON.stringify(archive)) };
}

async function importHeld(page: Page): Promise<string> {
  const { meetingId, file } = heldMeeting();
  await importArchiveFile(page, file, 'sec-panel-30-held.json');
  return meetingId;
}

async function save(page: Page, name: string, path: string): Promise<void> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `Save ${name}` }).click();
  await (await downloading).saveAs(path);
}

const words = (text: string) => text.replace(/\s+/g, ' ');

const pdfText = (file: string) =>
  words(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return words(
    xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&amp;/g, '&'),
  );
}

const vote =
  'For: Alison Reed, David Hughes, Mark Chen; Against: Helen Brooks; Abstained: Tom Gallagher.';
const dissent = 'Helen Brooks asked that their dissent be recorded.';
const declared =
  'Helen Brooks declared an interest in item 4 (Director of a privacy consultancy) and withdrew for this item.';
const secretInterest = 'Adviser to Pendleford Metering Holdings';

test('a named vote, a dissent and declarations of interest reach the minutes', async ({
  page,
}, info) => {
  test.setTimeout(240_000);
  const meetingId = await importHeld(page);

  // The body says a member who declares an interest withdraws: new declarations start so.
  await page.getByRole('link', { name: 'Settings and members' }).click();
  const withdraws = page.getByLabel('A member who declares an interest withdraws');
  await expect(withdraws).not.toBeChecked();
  await withdraws.check();
  await expect(withdraws).toBeChecked();

  // The vote and the dissent, on the second decision of item 4.
  await page.goto(`/#/meetings/${meetingId}/minutes`);
  const summary = page.getByLabel(/^Vote and dissent, Decision 2, item 4,/);
  await summary.scrollIntoViewIfNeeded();
  await summary.click();
  const decision = page.locator('.decision-row').filter({ has: summary });
  await decision.getByRole('radio', { name: 'Named' }).check();
  const sides: [string, string][] = [
    ['Alison Reed', 'for'],
    ['David Hughes', 'for'],
    ['Mark Chen', 'for'],
    ['Helen Brooks', 'against'],
    ['Tom Gallagher', 'abstain'],
  ];
  for (const [name, side] of sides)
    await decision.getByLabel(new RegExp(`^Vote of ${name}, Decision 2`)).selectOption(side);
  await decision.getByRole('button', { name: 'Record the vote' }).click();
  await expect(summary).toContainText('Vote: 3 for, 1 against, 1 abstaining');
  await decision.getByLabel(/^Dissent of Helen Brooks, Decision 2/).check();
  await expect(summary).toContainText('Dissent: Helen Brooks');
  // The editor's preview reads as the minutes will: the count after the verb, then the lines.
  const preview = page
    .locator('.decisions-editor')
    .filter({ has: summary })
    .getByRole('note', { name: 'How the decisions read' });
  await expect(preview).toContainText('(3 for, 1 against, 1 abstention)');
  await expect(preview).toContainText(vote);
  await expect(preview).toContainText(dissent);

  // A declaration on item 4, and a confidential one on the same item.
  await page.goto(`/#/meetings/${meetingId}/attendance`);
  const form = page.getByRole('form', { name: 'Add a declaration' });
  await form.getByLabel('Who').selectOption({ label: 'Helen Brooks' });
  await form
    .getByLabel('Concerning')
    .selectOption({ label: 'Item 4: Privacy Assessment — Decision Making Principles' });
  await form.getByLabel('Interest').fill('Director of a privacy consultancy');
  await expect(form.getByLabel('Withdrew')).toBeChecked();
  // The next one is filled in while the first is still being written (held back here): what
  // is set for it, its Confidential tick above all, stays set when the first one lands.
  const hold = await holdWrites(page, ['interests']);
  await form.getByRole('button', { name: 'Add the declaration' }).click();
  await form.getByLabel('Who').selectOption({ label: 'Someone else (type the name)' });
  await form.getByLabel('Name', { exact: true }).fill('Mark Chen');
  await form
    .getByLabel('Concerning')
    .selectOption({ label: 'Item 4: Privacy Assessment — Decision Making Principles' });
  await form.getByLabel('Interest').fill(secretInterest);
  await form.getByLabel('Confidential').check();
  await form.getByLabel('Withdrew').uncheck();
  await hold.release();
  await expect(page.getByRole('listitem', { name: 'Declaration of Helen Brooks' })).toBeVisible();
  await expect(form.getByLabel('Interest')).toHaveValue(secretInterest);
  await expect(form.getByLabel('Confidential')).toBeChecked();
  await expect(form.getByLabel('Withdrew')).not.toBeChecked();
  await form.getByRole('button', { name: 'Add the declaration' }).click();
  await expect(page.getByRole('listitem', { name: 'Declaration of Mark Chen' })).toBeVisible();

  // Both variants, DOCX and PDF, from the Documents screen.
  await page.goto(`/#/meetings/${meetingId}/export`);
  const documents = page.getByRole('form', { name: 'Documents to prepare' });
  await expect(documents).toBeVisible();
  await documents.getByRole('button', { name: 'Prepare documents' }).click();
  await expect(page.getByText('4 of 4 ready')).toBeVisible({ timeout: 120_000 });

  const read: Record<string, string[]> = {};
  for (const variant of ['confidential', 'public'] as const) {
    const label = variant === 'public' ? 'Public' : 'Confidential';
    const pdf = info.outputPath(`${variant}.pdf`);
    const docx = info.outputPath(`${variant}.docx`);
    await save(page, `${label} minutes, PDF`, pdf);
    await save(page, `${label} minutes, Word (DOCX)`, docx);
    read[variant] = [pdfText(pdf), await docxText(docx)];
  }
  for (const text of read.confidential ?? []) {
    expect(text).toContain('(3 for, 1 against, 1 abstention)');
    expect(text).toContain(vote);
    expect(text).toContain(dissent);
    expect(text).toContain('Declarations of interest');
    expect(text).toContain(declared);
    expect(text).toContain(`Mark Chen declared an interest (${secretInterest}).`);
  }
  for (const text of read.public ?? []) {
    expect(text).toContain(vote);
    expect(text).toContain(declared);
    expect(text).not.toContain('Pendleford');
  }
});
