import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { addItems } from './support/ui';

// Each house-style preset, as a secretary meets it: a body created with the preset from the New
// body form, a member with initials, a small meeting recorded through the screens (three items,
// the last confidential; a decision and an action owned by the member; a confidential decision),
// then the confidential and the public minutes exported as PDF and DOCX and read back whole, for
// that style's title, numbers, decision wording, action labels and references. The first page
// of each confidential PDF is saved as a picture to look at.

test.setTimeout(150_000);

interface Preset {
  style: string;
  body: string;
  minutesName: string;
  prefix: string;
  /** How the screens name items 2 and 3 in labels: their numbers, or their titles. */
  names: [string, string];
  /** What the decision on item 2 says after its verb. */
  decision: string;
  /** Printed in both variants, both formats. */
  printed: string[];
  /** Never printed, in any variant or format. */
  absent: string[];
  /** Printed in the confidential minutes only. */
  confidentialOnly: string[];
}

const secret = 'CANARYDEPOT the sale be agreed';

const presets: Record<string, Preset> = {
  'sec-panel': {
    style: 'SEC Panel',
    body: 'Smart Panel',
    minutesName: 'The Panel',
    prefix: 'SMP',
    names: ['2', '3'],
    decision: 'the report',
    printed: [
      'Minutes of Meeting 7',
      '2. Budget report',
      'The Panel NOTED the report.',
      'ACTION SMP7/01: Jane Morgan to circulate the report',
      // The public minutes keep a confidential item's number and title, and say where the rest is.
      '3. Depot sale',
    ],
    absent: ['RESOLVED that'],
    confidentialOnly: [secret],
  },
  council: {
    style: 'Council cabinet or committee',
    body: 'Cabinet',
    minutesName: 'The Cabinet',
    prefix: 'CAB',
    names: ['2', '3'],
    decision: 'the report be noted',
    printed: [
      'Minutes of the meeting of the Cabinet held on Thursday 2 October 2025 at 10.00 am',
      'RESOLVED that the report be noted.',
      'Circulate the report. Action: Jane Morgan.',
      'Exclusion of the press and public',
      '3. Depot sale',
    ],
    absent: ['ACTION CAB7/01', 'Jane Morgan to circulate'],
    confidentialOnly: [secret],
  },
  'code-panel': {
    style: 'Industry code panel',
    body: 'Code Panel',
    minutesName: 'The Panel',
    prefix: 'TCMP',
    names: ['2', '3'],
    decision: 'the report',
    printed: [
      'Minutes of Meeting 7',
      '2.1 The Panel NOTED the report.',
      'ACTION TCMP-2025-001: JM to circulate the report',
    ],
    absent: ['Jane Morgan to circulate'],
    confidentialOnly: [secret],
  },
  committee: {
    style: 'Committee without numbers',
    body: 'Chapter Committee',
    minutesName: 'The Committee',
    prefix: 'CC',
    names: ['“Budget report”', '“Depot sale”'],
    decision: 'the report',
    printed: [
      'Minutes of the Chapter Committee meeting, Thursday 2 October 2025',
      'Budget report',
      'The Committee agreed the report.',
      'Action 7.1: Jane Morgan to circulate the report',
    ],
    absent: ['2. Budget report', '1. Apologies'],
    confidentialOnly: [secret],
  },
};

const flat = (text: string) => text.replace(/\s+/g, ' ');

async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

async function recordMeeting(page: Page, preset: Preset): Promise<void> {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'New body' });
  await form.getByLabel('Name').fill(preset.body);
  await form.getByLabel('The minutes call it').fill(preset.minutesName);
  await form.getByLabel('Action prefix').fill(preset.prefix);
  await form.getByLabel('Secretariat').fill('Secretariat');
  await form.getByLabel('House style').selectOption({ label: preset.style });
  await form.getByRole('button', { name: 'Create body' }).click();
  await expect(page.getByRole('form', { name: 'New meeting' })).toBeVisible();

  await page.getByRole('link', { name: 'Settings and members' }).click();
  const member = page.getByRole('form', { name: 'Add a member' });
  await member.getByLabel('Member’s name').fill('Jane Morgan');
  await member.getByLabel('Organisation or role').fill('Finance');
  await member.getByLabel('Organisation or role').press('Enter');
  await expect(page.getByTestId('member')).toHaveCount(1);
  await page.getByLabel('Initials of Jane Morgan').fill('JM');
  await page.getByLabel('Initials of Jane Morgan').blur();

  await page
    .getByRole('navigation', { name: 'Body' })
    .getByRole('link', { name: 'Meetings' })
    .click();
  const meeting = page.getByRole('form', { name: 'New meeting' });
  await meeting.getByLabel('Number').fill('7');
  await meeting.getByLabel('Date').fill('2025-10-02');
  await meeting.getByRole('button', { name: 'Create meeting' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`${preset.body} meeting 7`) }),
  ).toBeVisible();
  await addItems(page, ['Apologies', 'Budget report', 'Depot sale']);
  // The agenda's commands name an item by its number, or by its title when there are none.
  const third = preset.names[1];
  await expect(
    page.getByRole('button', { name: `Delete ${/^\d/.test(third) ? `item ${third}` : third}` }),
  ).toBeVisible();
  await page
    .getByTestId('agenda-item')
    .nth(2)
    .getByLabel('Classification')
    .selectOption('confidential');

  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  const [second] = preset.names;
  await page.getByRole('button', { name: `Add decisions to item ${second}`, exact: true }).click();
  await page
    .getByLabel(`Decision 1, item ${second}, block 1`, { exact: true })
    .fill(preset.decision);
  await page.getByRole('button', { name: `Add action to item ${second}`, exact: true }).click();
  const action = page.getByLabel(/^Action .+: to …$/).last();
  await action.fill('circulate the report');
  const owner = page.locator('.action-editor').filter({ has: action }).getByLabel('Owner');
  await owner.fill('Jane Morgan');
  await owner.blur();
  await page.getByRole('button', { name: `Add decisions to item ${third}`, exact: true }).click();
  await page.getByLabel(`Decision 1, item ${third}, block 1`, { exact: true }).fill(secret);
}

/** Prepares the four minutes files and reads each back: "Public minutes, PDF" → its text. */
async function exportAll(page: Page, folder: string): Promise<Map<string, string>> {
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Documents' })
    .click();
  const documents = page.getByRole('form', { name: 'Documents to prepare' });
  await documents.getByRole('button', { name: 'Prepare documents' }).click();
  await expect(page.getByText('4 of 4 ready')).toBeVisible({ timeout: 120_000 });
  const texts = new Map<string, string>();
  for (const variant of ['Confidential', 'Public']) {
    for (const format of ['PDF', 'Word (DOCX)']) {
      const name = `${variant} minutes, ${format}`;
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: `Save ${name}` }).click();
      const path = join(folder, `${variant}.${format === 'PDF' ? 'pdf' : 'docx'}`);
      await (await downloading).saveAs(path);
      const text =
        format === 'PDF'
          ? execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
          : await docxText(path);
      texts.set(name, flat(text));
    }
  }
  return texts;
}

for (const [id, preset] of Object.entries(presets)) {
  test(`the ${preset.style} preset: a meeting recorded on screen prints in that style, both variants and formats`, async ({
    page,
  }, info) => {
    await recordMeeting(page, preset);
    const folder = info.outputPath(id);
    mkdirSync(folder, { recursive: true });
    // The decisions are stored before the documents are asked for.
    await expect(page.getByLabel('How the decisions read').last()).toContainText('CANARYDEPOT');
    const texts = await exportAll(page, folder);

    for (const [name, text] of texts) {
      for (const wanted of preset.printed) expect(text, `${name}: ${wanted}`).toContain(wanted);
      for (const unwanted of preset.absent)
        expect(text, `${name}: ${unwanted}`).not.toContain(unwanted);
      for (const own of preset.confidentialOnly) {
        if (name.startsWith('Confidential')) expect(text, `${name}: ${own}`).toContain(own);
        else expect(text, `${name}: ${own}`).not.toContain(own);
      }
    }

    const screenshots = join('test-results', 'screenshots');
    mkdirSync(screenshots, { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(folder, 'Confidential.pdf'),
      join(screenshots, `style-preset-${id}`),
    ]);
  });
}
