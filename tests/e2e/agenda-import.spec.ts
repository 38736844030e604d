import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx';
import type { AgendaItem } from '../../src-renderer/domain';
import { storedItem, storedRows } from './support/stored';
import { addItems, agendaNames, createBodyAndMeeting } from './support/ui';

/** Opens the import dialog from the agenda's tools. */
async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Import agenda…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an agenda' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The stored item with this title, once it is stored. */
async function stored(page: Page, title: string): Promise<AgendaItem> {
  await expect.poll(() => storedItem(page, title)).toBeDefined();
  const item = await storedItem(page, title);
  if (!item) throw new Error(`“${title}” is not stored`);
  return item;
}

/** A Word agenda: a numbered list with a nested level, as Word numbers it (not in the text). */
async function wordAgenda(): Promise<Buffer> {
  const numbered = (text: string, level: number) =>
    new Paragraph({ text, numbering: { reference: 'agenda', level } });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'agenda',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            {
              level: 1,
              format: LevelFormat.LOWER_LETTER,
              text: '%2)',
              alignment: AlignmentType.START,
            },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'SEC Panel — Agenda', heading: HeadingLevel.HEADING_1 }),
          numbered('Minutes and Actions Outstanding – Panel Chair', 0),
          numbered('Finance update SECP_30_1003_04', 0),
          numbered('Budget (Presenter: J. Smith)', 1),
          numbered('Forecast (15 mins)', 1),
          numbered('Any Other Business', 0),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

test('a pasted list is read, corrected in the preview and added after the agenda’s items', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  await addItems(page, ['Welcome']);

  // A line left out can be taken in after all; Cancel then writes nothing.
  let dialog = await openImport(page);
  await dialog.getByLabel('Agenda text').fill('Opening remarks\n1. Something\n2. Else');
  await dialog.getByRole('button', { name: 'Read the list' }).click();
  await dialog.getByText('1 line not imported').click();
  await dialog.getByRole('button', { name: 'Add line 1 as an item' }).click();
  await expect(dialog.getByLabel('Title of item 2', { exact: true })).toHaveValue(
    'Opening remarks',
  );
  await expect(dialog.getByLabel('Title of item 2', { exact: true })).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Add 3 items' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await agendaNames(page)).toEqual(['Item 1: Welcome']);

  dialog = await openImport(page);
  await dialog
    .getByLabel('Agenda text')
    .fill(
      [
        'AGENDA',
        '1. Minutes and Actions Outstanding – Panel Chair',
        '2. Event of Default Update [CONFIDENTIAL] SECP_30_1003_02',
        '   a) Defaulting party status (15 mins)',
        '   b) Next steps',
        '3. Any Other Business',
        '4. Draft line pasted by mistake',
      ].join('\n'),
    );
  await dialog.getByRole('button', { name: 'Read the list' }).click();
  await expect(
    dialog.getByRole('heading', { name: 'Check the items read from the pasted text' }),
  ).toBeFocused();

  // What was read, numbered after the agenda's one item.
  await expect(dialog.getByLabel('Title of item 2', { exact: true })).toHaveValue(
    'Minutes and Actions Outstanding',
  );
  await expect(dialog.getByLabel('Presenter of item 2', { exact: true })).toHaveValue(
    'Panel Chair',
  );
  await expect(dialog.getByLabel('Papers of item 3', { exact: true })).toHaveValue(
    'SECP_30_1003_02',
  );
  await expect(dialog.getByLabel('Planned minutes of item 3.1', { exact: true })).toHaveValue('15');
  await expect(dialog.getByLabel('Item 3 is confidential', { exact: true })).toBeChecked();
  const inherited = dialog.getByLabel('Item 3.1 is confidential (inside a confidential item)');
  await expect(inherited).toBeChecked();
  await expect(inherited).toBeDisabled();
  await dialog.getByText('1 line not imported').click();
  await expect(dialog.getByText('Line 1 (before the first item): “AGENDA”')).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('.agenda-import-dialog').analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);

  // Corrections: a row removed, a field typed over, a sub-item brought out a level by keyboard.
  await dialog.getByRole('button', { name: 'Remove item 5', exact: true }).click();
  await expect(dialog.getByLabel('Title of item 4', { exact: true })).toBeFocused();
  await expect(dialog.getByLabel('Title of item 5', { exact: true })).toHaveCount(0);
  await dialog.getByLabel('Presenter of item 3', { exact: true }).fill('SECAS');
  await dialog.getByLabel('Title of item 3.2', { exact: true }).press('Alt+ArrowLeft');
  await expect(dialog.getByLabel('Title of item 4', { exact: true })).toHaveValue('Next steps');
  await expect(dialog.getByLabel('Title of item 4', { exact: true })).toBeFocused();
  // A title emptied is refused until it is filled again; nothing is written meanwhile.
  await dialog.getByLabel('Title of item 5', { exact: true }).fill('');
  await dialog.getByRole('button', { name: 'Add 5 items' }).click();
  await expect(dialog.getByRole('alert')).toContainText('nothing was added');
  await expect(dialog.getByLabel('Title of item 5', { exact: true })).toBeFocused();
  await expect(dialog.getByText('Title is required.')).toBeVisible();
  expect(await storedRows<AgendaItem>(page, 'agendaItems')).toHaveLength(1);
  await dialog.getByLabel('Title of item 5', { exact: true }).fill('Any Other Business');

  await dialog.getByRole('button', { name: 'Add 5 items' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('notice')).toContainText(
    '5 items added to the agenda from the pasted text.',
  );
  await expect
    .poll(() => agendaNames(page))
    .toEqual([
      'Item 1: Welcome',
      'Item 2: Minutes and Actions Outstanding',
      'Item 3: Event of Default Update',
      'Item 3.1: Defaulting party status',
      'Item 4: Next steps',
      'Item 5: Any Other Business',
    ]);

  const event = await stored(page, 'Event of Default Update');
  expect(event).toMatchObject({
    presenter: 'SECAS',
    paperRefs: ['SECP_30_1003_02'],
    classification: 'confidential',
    parentId: null,
  });
  expect(await stored(page, 'Defaulting party status')).toMatchObject({
    parentId: event.id,
    plannedMinutes: 15,
  });
  expect(await stored(page, 'Minutes and Actions Outstanding')).toMatchObject({
    presenter: 'Panel Chair',
  });
  expect(await stored(page, 'Next steps')).toMatchObject({ parentId: null });

  // The agenda screen shows the fields as stored (the item's own card comes before its sub-items').
  const card = page.getByRole('listitem', { name: 'Item 3: Event of Default Update', exact: true });
  await expect(card.getByLabel('Presenter').first()).toHaveValue('SECAS');
  await expect(card.getByLabel('Classification').first()).toHaveValue('confidential');
  await expect(
    card.getByText('Confidential (inside a confidential item)', { exact: true }),
  ).toBeVisible();
});

test('a Word agenda’s numbered list is read with its nesting, presenters and papers', async ({
  page,
}, testInfo) => {
  await createBodyAndMeeting(page);
  const file = testInfo.outputPath('agenda.docx');
  await writeFile(file, await wordAgenda());

  const dialog = await openImport(page);
  await dialog.getByLabel('Word agenda to import').setInputFiles(file);
  await expect(
    dialog.getByRole('heading', { name: 'Check the items read from “agenda.docx”' }),
  ).toBeVisible();
  await expect(dialog.getByLabel('Title of item 2.1', { exact: true })).toHaveValue('Budget');
  await expect(dialog.getByLabel('Presenter of item 2.1', { exact: true })).toHaveValue('J. Smith');

  await dialog.getByRole('button', { name: 'Add 5 items' }).click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(() => agendaNames(page))
    .toEqual([
      'Item 1: Minutes and Actions Outstanding',
      'Item 2: Finance update',
      'Item 2.1: Budget',
      'Item 2.2: Forecast',
      'Item 3: Any Other Business',
    ]);
  expect(await stored(page, 'Minutes and Actions Outstanding')).toMatchObject({
    presenter: 'Panel Chair',
  });
  const finance = await stored(page, 'Finance update');
  expect(finance.paperRefs).toEqual(['SECP_30_1003_04']);
  expect(await stored(page, 'Budget')).toMatchObject({
    parentId: finance.id,
    presenter: 'J. Smith',
  });
  expect(await stored(page, 'Forecast')).toMatchObject({
    parentId: finance.id,
    plannedMinutes: 15,
  });
  await expect(
    page.getByRole('list', { name: 'Papers for item 2', exact: true }).getByText('SECP_30_1003_04'),
  ).toBeVisible();
});

test('a file that is not a Word agenda is refused with a message, and nothing is added', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  const dialog = await openImport(page);
  const input = dialog.getByLabel('Word agenda to import');

  await input.setInputFiles({
    name: 'agenda.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('1. Minutes\n2. Any Other Business'),
  });
  await expect(dialog.getByRole('alert')).toHaveText(
    '“agenda.txt” is not a Word document (.docx); nothing was added. Open a .docx file, or paste the agenda as text.',
  );

  // A ZIP that is no Word document, named as one.
  await input.setInputFiles({
    name: 'broken.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
  });
  await expect(dialog.getByRole('alert')).toContainText(
    '“broken.docx” could not be read as a Word document (.docx)',
  );
  await expect(dialog.getByRole('button', { name: 'Read the list' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('No item yet.')).toBeVisible();
  expect(await storedRows<AgendaItem>(page, 'agendaItems')).toEqual([]);
});
