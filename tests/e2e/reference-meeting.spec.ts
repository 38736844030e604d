import { expect, test, type Locator, type Page } from '@playwright/test';
import { addItems, createBodyAndMeeting } from './support/ui';

// Items 1, 2, 4, 8, 11 and 25 of the published minutes of SEC Panel meeting 30 (10 March 2016),
// with every action of the meeting (SECP30/01–08) raised in its own item, typed through the UI.
test.describe.configure({ timeout: 300_000 });

const titles = [
  'Event of Default Update',
  'DCC CIO Design Phase 2 Report',
  'Privacy Assessment — Decision Making Principles',
  'Impacts on SEC Panel and Operations',
  'SEC Panel Risk Register Update',
  'Use of the Certified Products List by the DCC',
  'Testing Update',
  'Modification Proposals Draft Reporting Template',
  'DCC Involvement with Modifications',
  'Modification Proposals',
  'DCC Update',
  'DECC Update',
  'Operations Report — February 2016',
  'Configuration Management Update',
  'SEC Panel Role in DCC Live',
  'Change Board Update',
  'Technical Sub-Committee Update',
  'Security Sub-Committee Update',
  'SMKI PMA Update',
  'Smarter Markets Project Update',
  'Transition Governance Update',
  'SEC Panel Activity Planner',
  'SEC Party Update',
  'Any Other Business',
];

const earlierActions = [
  ['SECP20/04', 'SECAS', 'Revise the Panel Information Policy.', '2015-04-09'],
  ['SECP22/04', 'SECAS', 'Take the Certified Products List to TSIRS.', '2015-04-09'],
  ['SECP28/06', 'SECAS', 'Publish the information policy guidance.', '2015-06-11'],
  ['SECP22/08', 'SECAS', 'Publish the Time Management Design Note.', '2015-08-13'],
  ['SECP23/08', 'SECAS', 'Review the information policy annex.', '2015-08-13'],
] as const;

const updates = {
  cpl: 'The Certified Products List (CPL) was discussed at the Technical Specifications Issue Resolution Sub-Group (TSIRS) on 10th March 2016. Guidance will be produced and a workshop will be set up in April, early May 2016 to talk manufacturers through the process.',
  policy:
    'The three actions on the Panel Information Policy will be covered at the April Panel meeting when the revised policy is brought back to the Panel.',
  notes:
    'The Time Management Design Note has been published on the SEC Website, and the Firmware Management Design Note is on target to be completed by the end of March 2016.',
};

const item1 = [
  'The minutes from the February 2016 Panel meeting were approved via ex-committee decision.',
  'SECAS provided the SEC Panel with an update on the Actions Outstanding from previous meetings, noting that the majority of the actions had been closed with updates to be provided under respective agenda items. A brief update was provided on the following actions:',
];

const item2Summary =
  'The Panel were provided with a confidential paper with an update on the status of the existing Defaulting Party.';
const item2Confidential =
  'The Defaulting Party has until 31 March 2016 to remedy the default; the Panel discussed the options open to it.';

const item4 = [
  'The Panel were provided with a paper outlining the privacy assessment process along with an appendix proposing a set of Decision Making Principles to help the Panel in setting Parties’ privacy assurance status following a Privacy Assessment.',
  'It was also noted that the Parties are now able to book their Privacy Assessments as well as Security Assessments through SECAS.',
];
const item4Decisions: [string, string][] = [
  ['NOTED', 'the contents of the paper'],
  ['APPROVED', 'the Decision Making Principles as set out in Appendix A'],
  ['APPROVED', 'the Full User Privacy Assessment Report Template as set out in Appendix B'],
];

const item8 = [
  'SECAS provided the Panel with an update on testing progress, including an update from the Testing Advisory Group (TAG) meeting held on 29th February 2016.',
  'The Panel also discussed the confidential appendix provided by the DCC which outlined their proposal to adapt their current testing approach to R1.0 to optimise progress going forward.',
];
const item8Note =
  'Following the meeting, the DCC have notified that they will make the appendix non-confidential and circulate it to Parties.';
const item8After =
  'The Panel requested that the R1.0 test report includes any impacts not exiting R1.0 may have on R1.2 and R1.3.';

const item11 = `SECAS presented the Panel a cover paper summarising the nine Initial Modification Reports (IMR) to discuss and determine whether and how they should be progressed through the Modification Process.
- SECMP0002 — Reset Debt Registers
- SECMP0003 — Deficiencies in the Service Request for setting Maximum demand Configurable Time
- SECMP0004 — Inclusion of Meter Serial Number data item in the Smart Metering Inventory
- SECMP0005 — Inclusion of Tariff and Register Labels on SMETS2 Devices
- SECMP0006 — Specifying the number of digits for device displays
- SECMP0007 — Firmware updates to mandated HAN devices
- SECMP0008 — Provision of a Service Request error response for quarantined Service Requests
- SECMP0009 — Centralised Firmware Library
- SECMP0010 — Introduction of triage arrangements for Communication Hubs`;
const item11Decisions: [string, string][] = [
  ['NOTED', 'the contents of the paper'],
  ['APPROVED', 'the determinations for each Modification Proposal, as set out in the IMRs'],
  ['AGREED', 'that SECAS group the number of Working Groups as outlined above'],
];

const item25 =
  'The Panel considered that it may be necessary for them to meet more than once a month in the period leading up to DCC Live.';
const item25Closing = 'There was no further business and the Chair closed the meeting.';

/** [item number, action text]; every action of meeting 30 is owned by SECAS. */
const actions: [number, string][] = [
  [
    4,
    'look into making the Full User Privacy Assessment Report Template non-confidential and circulating it to Parties.',
  ],
  [
    5,
    'draft a response to the New Smart Energy Code Content and Related Licence Amendments for approval ex-committee.',
  ],
  [7, 'set up a standing agenda item for changes to the CPL once the CPL has been set up.'],
  [
    7,
    'look into a mechanism by which Parties can be notified of changes to the CPL and any potential security risks.',
  ],
  [
    8,
    'put together a checklist for cross-checking what needs to be covered across the testing documentation.',
  ],
  [9, 'amend the Modification Proposals Draft Reporting Template and publish on the SEC Website.'],
  [11, 'set up Working Groups and initiate the Modification Refinement Process.'],
  [25, 'send out placeholders for additional Panel meetings in the lead up to DCC Live.'],
];

const item = (page: Page, n: number): Locator => page.getByTestId('minutes-item').nth(n - 1);
const blocks = (page: Page, n: number): Locator => item(page, n).getByTestId('minute-block');

async function paragraph(page: Page, n: number, text: string): Promise<void> {
  const index = (await blocks(page, n).count()) + 1;
  await page
    .getByRole('button', { name: `Add paragraph to item ${String(n)}`, exact: true })
    .click();
  await page.getByLabel(`Paragraph, item ${String(n)}, block ${String(index)}`).fill(text);
}

async function decisions(page: Page, n: number, list: [string, string][]): Promise<void> {
  const block = `item ${String(n)}, block ${String((await blocks(page, n).count()) + 1)}`;
  await page
    .getByRole('button', { name: `Add decisions to item ${String(n)}`, exact: true })
    .click();
  for (const [i, [verb, text]] of list.entries()) {
    const name = `Decision ${String(i + 1)}, ${block}`;
    if (i > 0)
      await page.getByLabel(`Decision ${String(i)}, ${block}`, { exact: true }).press('Enter');
    await page.getByLabel(`Verb of decision ${String(i + 1)}, ${block}`).selectOption(verb);
    await page.getByLabel(name, { exact: true }).fill(text);
  }
}

async function action(page: Page, n: number, reference: string, text: string): Promise<void> {
  await page.getByRole('button', { name: `Add action to item ${String(n)}`, exact: true }).click();
  await expect(item(page, n).getByText(`ACTION ${reference}`, { exact: true })).toBeVisible();
  await page.getByLabel(`Action ${reference}: to …`).fill(text);
}

async function note(page: Page, n: number, text: string): Promise<void> {
  const index = (await blocks(page, n).count()) + 1;
  await page
    .getByRole('button', { name: `Add post-meeting note to item ${String(n)}`, exact: true })
    .click();
  await page.getByLabel(`Post meeting note, item ${String(n)}, block ${String(index)}`).fill(text);
}

async function recordEarlierActions(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1).click();
  await page
    .getByRole('navigation', { name: 'Body' })
    .getByRole('link', { name: 'Action log' })
    .click();
  const form = page.getByRole('form', { name: 'Record an earlier action' });
  for (const [reference, owner, text, raisedOn] of earlierActions) {
    await form.getByLabel('Reference').fill(reference);
    await form.getByLabel('Owner').fill(owner);
    await form.getByLabel('Action', { exact: true }).fill(text);
    await form.getByLabel('Raised on').fill(raisedOn);
    await form.getByRole('button', { name: 'Record action' }).click();
    await expect(form.getByRole('status')).toHaveText(`${reference} recorded.`);
  }
}

async function giveUpdate(region: Locator, refs: readonly string[], text: string): Promise<void> {
  const form = region.getByRole('form', { name: 'Give an update' });
  for (const ref of refs)
    await form.getByRole('checkbox', { name: new RegExp(`^${ref} `) }).check();
  await form.getByLabel('Update', { exact: true }).fill(text);
  await form.getByRole('button', { name: /^Give update to/ }).click();
  await expect(form.getByLabel('Update', { exact: true })).toHaveValue('');
}

/** How an item's decisions read, line by line. */
function decisionLines(page: Page, n: number): Locator {
  return item(page, n).getByLabel('How the decisions read').getByRole('listitem');
}

const listLines = (list: [string, string][]): string[] =>
  list.map(([verb, text], i) => `${verb} ${text}${i === list.length - 1 ? '.' : '; and'}`);

test('reference meeting', async ({ page }) => {
  await createBodyAndMeeting(page);
  const meeting = page.url();
  await recordEarlierActions(page);

  // The agenda: the Actions Outstanding item first, then the other 24; item 2 confidential.
  await page.goto(meeting);
  await page.getByRole('button', { name: 'Add Actions Outstanding item' }).click();
  await expect(page.getByTestId('agenda-item')).toHaveCount(1);
  await addItems(page, titles);
  await expect(page.getByTestId('agenda-item')).toHaveCount(25);
  await page.getByLabel('Classification').nth(1).selectOption('confidential');
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  await expect(page.getByTestId('minutes-item')).toHaveCount(25);

  // Item 1: the minutes, then the Actions Outstanding rows.
  for (const text of item1) await paragraph(page, 1, text);
  const outstanding = page.getByRole('region', {
    name: 'Actions outstanding from earlier meetings',
  });
  await giveUpdate(outstanding, ['SECP22/04'], updates.cpl);
  await giveUpdate(outstanding, ['SECP20/04', 'SECP23/08', 'SECP28/06'], updates.policy);
  await giveUpdate(outstanding, ['SECP22/08'], updates.notes);

  // Item 2: confidential, with its public summary and a paragraph, confidential as it is.
  await page.getByLabel('Public summary of item 2').fill(item2Summary);
  await paragraph(page, 2, item2Confidential);

  // Item 4: paragraphs, three decisions, SECP30/01.
  for (const text of item4) await paragraph(page, 4, text);
  await decisions(page, 4, item4Decisions);

  // Actions in agenda order, each reference given the moment it is raised.
  for (const [i, [n, text]] of actions.entries()) {
    if (n === 8) {
      for (const text8 of item8) await paragraph(page, 8, text8);
      await note(page, 8, item8Note);
      await paragraph(page, 8, item8After);
      await decisions(page, 8, [
        [
          'NOTED',
          'the contents of the paper and SUPPORTED the revised testing approach proposed by the DCC',
        ],
      ]);
    }
    if (n === 11) {
      await paragraph(page, 11, item11);
      await decisions(page, 11, item11Decisions);
    }
    if (n === 25) {
      await paragraph(page, 25, item25);
      await decisions(page, 25, [
        ['AGREED', 'to meet more often if necessary, whether in person or via teleconference'],
      ]);
    }
    await action(page, n, `SECP30/0${String(i + 1)}`, text);
    if (n === 25) await paragraph(page, 25, item25Closing);
  }
  await page.getByLabel(`Paragraph, item 25, block 4`).blur();

  await page.reload();
  await expect(page.getByTestId('minutes-item')).toHaveCount(25);

  // Item 1: paragraphs and the three rows, one covering three references.
  for (const [i, text] of item1.entries())
    await expect(page.getByLabel(`Paragraph, item 1, block ${String(i + 1)}`)).toHaveValue(text);
  const rows = outstanding.getByTestId('update-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.getByRole('rowheader')).toHaveText([
    'SECP22/04',
    'SECP20/04, 23/08 & 28/06',
    'SECP22/08',
  ]);
  await expect(rows.nth(0).getByRole('textbox')).toHaveValue(updates.cpl);
  await expect(rows.nth(1).getByRole('textbox')).toHaveValue(updates.policy);
  await expect(rows.nth(2).getByRole('textbox')).toHaveValue(updates.notes);

  // Item 2: confidential, its summary and its confidential paragraph.
  await expect(item(page, 2)).toContainText('Confidential item');
  await expect(page.getByLabel('Public summary of item 2')).toHaveValue(item2Summary);
  await expect(page.getByLabel('Paragraph, item 2, block 1')).toHaveValue(item2Confidential);
  await expect(blocks(page, 2).first()).toContainText('Confidential, as its item is');

  // Items 4, 8, 11, 25: paragraphs, decision lists and sentences, the post-meeting note.
  for (const [i, text] of item4.entries())
    await expect(page.getByLabel(`Paragraph, item 4, block ${String(i + 1)}`)).toHaveValue(text);
  await expect(decisionLines(page, 4)).toHaveText(listLines(item4Decisions));
  await expect(item(page, 4).getByLabel('How the decisions read')).toContainText('The Panel:');
  await expect(page.getByLabel('Paragraph, item 8, block 1')).toHaveValue(item8[0] ?? '');
  await expect(page.getByLabel('Post meeting note, item 8, block 3')).toHaveValue(item8Note);
  await expect(item(page, 8).getByTestId('minute-block').nth(2)).toContainText('Post Meeting Note');
  await expect(item(page, 8).getByLabel('How the decisions read')).toHaveText(
    'The Panel NOTED the contents of the paper and SUPPORTED the revised testing approach proposed by the DCC.',
  );
  await expect(page.getByLabel('Paragraph, item 11, block 1')).toHaveValue(item11);
  await expect(
    item(page, 11).getByLabel('How the bullet points read').getByRole('listitem'),
  ).toHaveCount(9);
  await expect(decisionLines(page, 11)).toHaveText(listLines(item11Decisions));
  await expect(item(page, 25).getByLabel('How the decisions read')).toHaveText(
    'The Panel AGREED to meet more often if necessary, whether in person or via teleconference.',
  );
  await expect(page.getByLabel('Paragraph, item 25, block 4')).toHaveValue(item25Closing);

  // SECP30/01–08: references, owners and words, each in its item.
  for (const [i, [n, text]] of actions.entries()) {
    await expect(item(page, n)).toContainText(`ACTION SECP30/0${String(i + 1)}: SECAS to ${text}`);
  }

  await page.screenshot({
    path: 'test-results/screenshots/reference-meeting.png',
    fullPage: false,
  });
});
