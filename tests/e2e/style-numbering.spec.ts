import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { importArchiveFile } from './support/ui';

// A council's minutes: the reference meeting imported with the council's numbering (running
// from 39) and private part, an exemption set on the Agenda screen, a cross-reference in a
// paragraph, then both minutes exported as PDF from the Documents screen and read back.

const fixture = fileURLToPath(new URL('../fixtures/sec-panel-30.archive.json', import.meta.url));
const eventOfDefault = '7cda4ea4-81dd-5e0c-aa4b-4968937171bf';
const privacy = 'fe297036-091f-595d-a583-d8c7e763ac85';
const heading = 'Exclusion of the press and public';

interface Fixture {
  bodies: (Record<string, unknown> & {
    meetings: {
      id: string;
      status: string;
      agendaItems: { id: string; exemption: string }[];
      minuteBlocks: { itemId: string; kind: string; text?: string }[];
    }[];
  })[];
}

function councilArchive(): { meetingId: string; file: Buffer } {
  const archive = JSON.parse(readFileSync(fixture, 'utf8')) as Fixture;
  const body = archive.bodies[0];
  const meeting = body?.meetings[0];
  if (body === undefined || meeting === undefined) throw new Error('no meeting');
  Object.assign(body, {
    minuteNumbering: 'running',
    firstMinuteNumber: 39,
    privatePart: true,
    privatePartHeading: heading,
    privatePartResolution:
      'RESOLVED that the press and public be excluded on the grounds that the items involve exempt information as defined in paragraph {paragraphs} of Part 1 of Schedule 12A to the Act.',
  });
  meeting.status = 'held';
  for (const item of meeting.agendaItems) if (item.id === eventOfDefault) item.exemption = '3';
  const block = meeting.minuteBlocks.find((b) => b.itemId === privacy && b.kind === 'paragraph');
  if (block === undefined) throw new Error('no paragraph');
  block.text = `Minute [[item:${eventOfDefault}]] below refers.`;
  return { meetingId: meeting.id, file: Buffer.from(JSON.stringify(archive)) };
}

async function save(page: Page, name: string, path: string): Promise<void> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `Save ${name}` }).click();
  await (await downloading).saveAs(path);
}

const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );

/** Each text found, in this order, in the text. */
function inOrder(text: string, parts: string[]): number[] {
  let from = 0;
  return parts.map((part) => {
    const at = text.indexOf(part, from);
    if (at >= 0) from = at + part.length;
    return at;
  });
}

test('running minute numbers, the private part and a cross-reference reach the minutes', async ({
  page,
}, info) => {
  test.setTimeout(240_000);
  const { meetingId, file } = councilArchive();
  await importArchiveFile(page, file, 'council.json', 'Test Council');

  // The Agenda screen shows the numbers the minutes print; the second private item gets its
  // exemption paragraph there.
  await page.goto(`/#/meetings/${meetingId}`);
  await expect(page.getByLabel('Item 39: Minutes and Actions Outstanding')).toBeVisible();
  const dcc = page.getByLabel('Item 63: DCC CIO Design Phase 2 Report');
  await expect(dcc).toBeVisible();
  await dcc.getByLabel('Exemption paragraph').fill('1');
  await dcc.getByLabel('Exemption paragraph').press('Tab');

  // The minutes editor previews the cross-reference as the item's number.
  await page.goto(`/#/meetings/${meetingId}/minutes`);
  await expect(
    page
      .getByRole('note', { name: 'How the paragraph reads' })
      .getByText('Minute 62 below refers.'),
  ).toBeVisible();

  await page.goto(`/#/meetings/${meetingId}/export`);
  const documents = page.getByRole('form', { name: 'Documents to prepare' });
  await expect(documents).toBeVisible();
  await documents.getByRole('button', { name: 'Prepare documents' }).click();
  await expect(page.getByText('4 of 4 ready')).toBeVisible({ timeout: 120_000 });

  const read: Record<string, string> = {};
  for (const [variant, label] of [
    ['confidential', 'Confidential'],
    ['public', 'Public'],
  ] as const) {
    const pdf = info.outputPath(`${variant}.pdf`);
    await save(page, `${label} minutes, PDF`, pdf);
    read[variant] = pdfText(pdf);
  }
  for (const variant of ['confidential', 'public'] as const) {
    const text = read[variant] ?? '';
    const found = inOrder(text, [
      '39. Minutes and Actions Outstanding',
      '40. Privacy Assessment',
      'Minute 62 below refers.',
      '61. Any Other Business',
      heading,
      'as defined in paragraphs 1 and 3 of Part 1 of Schedule 12A',
      '62. Event of Default Update',
      '63. DCC CIO Design Phase 2 Report',
    ]);
    expect(found, variant).not.toContain(-1);
  }
  expect(read.public).toContain('exempt information'); // the resolution is public
});
