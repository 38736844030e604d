import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';
import PostalMime from 'postal-mime';
import type { AgendaItem } from '../../src-renderer/domain';
import { storedRows } from './support/stored';
import { createBodyAndMeeting } from './support/ui';

// An attacker's view of the newest papers. Through the screens a secretary uses, a distinct
// canary goes into every confidential place the newer features added — a confidential item's
// title, presenter and papers, a named vote and a dissent on its decision, declarations of
// interest (on that item, confidential on a public item and on the whole meeting), amendments
// (confidential, or on the confidential item) agreed at approval and recorded after it,
// confidential actions and updates — and then every public file is read back whole: the
// minutes and the agenda pack (DOCX every part, PDF text and Info dictionary), the action log
// (CSV, XLSX every part) and the circulation e-mail (raw, body and decoded attachments), under
// both of the body's settings for a confidential item on the public agenda. No canary may be
// in a public file; each must be in the confidential file where it belongs, so the test can
// fail. The canaries have no hyphen, so no line break can split them in a PDF.
//
// The steps share one page and run in order, each within the usual time.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const fixture = fileURLToPath(new URL('../fixtures/sec-panel-30.archive.json', import.meta.url));

const C = {
  title: 'CNRYTITLE7Q',
  presenter: 'CNRYPRESENTER7Q',
  paper: 'CNRYPAPER7Q',
  decision: 'CNRYDECISION7Q',
  interestOnSecretItem: 'CNRYINTSECRETITEM7Q',
  interestOnPublicItem: 'CNRYINTPUBITEM7Q',
  interestOnMeeting: 'CNRYINTMEETING7Q',
  actionInSecretItem: 'CNRYACTIONITEM7Q',
  actionFlagged: 'CNRYACTIONFLAG7Q',
  updateToSecretAction: 'CNRYUPDATESECRET7Q',
  updateFlagged: 'CNRYUPDATEFLAG7Q',
  amendFlagged: 'CNRYAMENDFLAG7Q',
  amendFlaggedReason: 'CNRYAMENDWHY7Q',
  amendOnSecretItem: 'CNRYAMENDSECRETITEM7Q',
  amendLater: 'CNRYAMENDLATER7Q',
  amendLaterReason: 'CNRYAMENDLATERWHY7Q',
} as const;
/** What the vote and the dissent on the confidential decision print (names are not secret). */
const voteLine = 'Against: James Whitfield';
const dissentLine = 'James Whitfield asked that their dissent be recorded.';
const secretTexts = [...Object.values(C), voteLine, dissentLine];

const summary = 'A confidential matter was considered.';

interface Fixture {
  bodies: { meetings: { id: string; status: string }[] }[];
}

/** One file read back: everything it carries as text, in one string. */
interface Output {
  label: string;
  variant: 'public' | 'confidential';
  name: string;
  text: string;
  /** Whether the confidential item's title may be printed (the body's 'title' setting). */
  titleAllowed: boolean;
}

let page: Page;
let meeting30 = '';
let meeting31 = '';
let secretNumber = '';
const outputs: Output[] = [];

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
});
test.afterAll(async () => {
  await page.context().close();
});

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Every part of a zip (DOCX, XLSX) as text, tags taken out, and the raw XML beside it. */
async function zipText(bytes: Buffer | Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map(async (f) => {
        const xml = await f.async('string');
        const text = xml
          .replace(/<[^>]*>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .replace(/&amp;/g, '&');
        return `${f.name}\n${xml}\n${text}`;
      }),
  );
  return parts.join('\n');
}

/** A PDF's text as drawn and its Info dictionary. */
function pdfText(bytes: Buffer | Uint8Array, path: string): string {
  writeFileSync(path, bytes);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' });
  return `${text}\n${info}`;
}

/** Any file the app hands over, read as its kind is read. */
async function fileText(name: string, bytes: Buffer | Uint8Array, path: string): Promise<string> {
  if (name.endsWith('.pdf')) return pdfText(bytes, path);
  if (name.endsWith('.docx') || name.endsWith('.xlsx')) return zipText(bytes);
  if (name.endsWith('.eml')) {
    const mail = await PostalMime.parse(bytes);
    const parts = [
      Buffer.from(bytes).toString('utf8'),
      mail.subject ?? '',
      mail.text ?? '',
      mail.html ?? '',
    ];
    for (const [i, a] of mail.attachments.entries()) {
      const content =
        typeof a.content === 'string'
          ? Buffer.from(a.content)
          : Buffer.from(new Uint8Array(a.content));
      parts.push(`attachment ${a.filename ?? ''}`);
      parts.push(await fileText(a.filename ?? '', content, `${path}.${String(i)}`));
      parts.push(content.toString('utf8'));
    }
    return parts.join('\n');
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Clicks, saves the download and records what it carries. */
async function keep(
  click: () => Promise<void>,
  label: string,
  variant: Output['variant'],
  titleAllowed: boolean,
): Promise<Output> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  const name = download.suggestedFilename();
  const path = test.info().outputPath(name.replace(/[^\w.()-]+/g, '_'));
  await download.saveAs(path);
  const bytes = readFileSync(path);
  const output = { label, variant, name, text: await fileText(name, bytes, path), titleAllowed };
  outputs.push(output);
  return output;
}

/** The secret texts found in a public output (its name included), none expected. */
function leaksOf(output: Output): string[] {
  const whole = `${output.name}\n${output.text}`;
  const squeezed = whole.replace(/\s+/g, '');
  return secretTexts
    .filter((s) => !(s === C.title && output.titleAllowed))
    .filter((s) => flat(whole).includes(s) || squeezed.includes(s.replace(/\s+/g, '')))
    .map((s) => `${output.label} (${output.name}): ${s}`);
}

function expectNoLeak(from: readonly Output[]): void {
  const publics = from.filter((o) => o.variant === 'public');
  expect(publics.length).toBeGreaterThan(0);
  expect(publics.flatMap(leaksOf)).toEqual([]);
}

/** The control: the confidential output carries each of `texts`. */
function expectCarries(output: Output, texts: readonly string[]): void {
  // A narrow table cell may break a long canary over two lines: read it without the breaks too.
  const squeezed = output.text.replace(/\s+/g, '');
  const missing = texts.filter(
    (t) => !flat(output.text).includes(t) && !squeezed.includes(t.replace(/\s+/g, '')),
  );
  expect(missing, `${output.label} should carry them`).toEqual([]);
}

const meetingNav = () => page.getByRole('navigation', { name: 'Meeting' });

async function documents(
  meetingId: string,
  want: { minutes: boolean; agenda: boolean },
): Promise<Locator> {
  await page.goto(`/#/meetings/${meetingId}/export`);
  const form = page.getByRole('form', { name: 'Documents to prepare' });
  const docs = form.getByRole('group', { name: 'Documents' });
  await docs.getByLabel('Minutes').setChecked(want.minutes);
  await docs.getByLabel('Agenda').setChecked(want.agenda);
  await form.getByRole('group', { name: 'Variants' }).getByLabel('Public').check();
  await form.getByRole('group', { name: 'Variants' }).getByLabel('Confidential').check();
  await form.getByRole('group', { name: 'Formats' }).getByLabel('PDF').check();
  await form.getByRole('group', { name: 'Formats' }).getByLabel('Word (DOCX)').check();
  await form.getByRole('button', { name: 'Prepare documents' }).click();
  const count = 4 * (Number(want.minutes) + Number(want.agenda));
  await expect(page.getByText(`${String(count)} of ${String(count)} ready`)).toBeVisible({
    timeout: 60_000,
  });
  return form;
}

/** Saves each prepared document; returns them by "Public minutes, PDF" and so on. */
async function saveAll(
  names: readonly string[],
  tag: string,
  titleAllowed: (name: string) => boolean,
): Promise<Map<string, Output>> {
  const saved = new Map<string, Output>();
  for (const name of names) {
    const variant = name.startsWith('Public') ? 'public' : 'confidential';
    saved.set(
      name,
      await keep(
        () => page.getByRole('button', { name: `Save ${name}` }).click(),
        `${tag} ${name}`,
        variant,
        titleAllowed(name),
      ),
    );
  }
  return saved;
}

const every = (doc: 'minutes' | 'agenda') =>
  ['Public', 'Confidential'].flatMap((v) => ['PDF', 'Word (DOCX)'].map((f) => `${v} ${doc}, ${f}`));

/** The public e-mail with every document and the invitation, and the confidential one. */
async function circulate(meetingId: string, tag: string, titleAllowed: boolean) {
  await page.goto(`/#/meetings/${meetingId}/export`);
  const form = page.getByRole('form', { name: 'Circulate the papers' });
  const eml: Output[] = [];
  for (const variant of ['Public', 'Confidential'] as const) {
    await form.getByRole('group', { name: 'Variant' }).getByLabel(variant).check();
    const boxes = form.getByRole('group', { name: 'Documents' }).getByRole('checkbox');
    for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).check();
    eml.push(
      await keep(
        () => form.getByRole('button', { name: 'Write e-mail' }).click(),
        `${tag} ${variant} e-mail`,
        variant === 'Public' ? 'public' : 'confidential',
        titleAllowed,
      ),
    );
  }
  return eml;
}

test('the secretary records confidential matter in meeting 30', async () => {
  const archive = JSON.parse(readFileSync(fixture, 'utf8')) as Fixture;
  const meeting = archive.bodies[0]?.meetings[0];
  if (meeting === undefined) throw new Error('the reference archive has no meeting');
  meeting.status = 'held';
  meeting30 = meeting.id;
  await createBodyAndMeeting(page, 'Test Board');
  await page.getByRole('link', { name: 'Test Board' }).click();
  await page.getByLabel('Archive file to import').setInputFiles({
    name: 'sec-panel-30-held.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(archive)),
  });
  await expect(page.getByRole('heading', { level: 1, name: /SEC Panel/ })).toBeVisible();

  // A confidential item with a presenter and a paper.
  await page.goto(`/#/meetings/${meeting30}`);
  const field = page.getByLabel('New agenda item');
  await field.fill(C.title);
  await field.press('Enter');
  const row = page.getByRole('listitem', { name: new RegExp(`^Item \\d+: ${C.title}$`) });
  await expect(row).toBeVisible();
  secretNumber = /^Item (\d+):/.exec((await row.getAttribute('aria-label')) ?? '')?.[1] ?? '';
  expect(secretNumber).not.toBe('');
  await row.getByLabel('Classification').first().selectOption('confidential');
  await row.getByLabel('Presenter').fill(C.presenter);
  await row.getByLabel('Papers', { exact: true }).fill(C.paper);
  await row.getByLabel('Public summary').fill(summary);
  await row.getByLabel('Public summary').blur();
  await expect
    .poll(async () => {
      const items = await storedRows<AgendaItem>(page, 'agendaItems');
      const item = items.find((i) => i.title === C.title);
      return item && [item.classification, item.presenter, item.paperRefs, item.publicSummary];
    })
    .toEqual(['confidential', C.presenter, [C.paper], summary]);

  // Its decision, with a named vote and a dissent, and an action raised there.
  await meetingNav().getByRole('link', { name: 'Minutes' }).click();
  const n = secretNumber;
  const section = page.getByTestId('minutes-item').filter({ hasText: C.title });
  await page.getByRole('button', { name: `Add decisions to item ${n}`, exact: true }).click();
  const decision = page.getByLabel(`Decision 1, item ${n}, block 1`, { exact: true });
  await expect(decision).toBeFocused();
  await decision.fill(`the recovery plan ${C.decision}`);
  const vote = page.getByLabel(new RegExp(`^Vote and dissent, Decision 1, item ${n},`));
  await vote.click();
  const decisionRow = page.locator('.decision-row').filter({ has: vote });
  await decisionRow.getByRole('radio', { name: 'Named' }).check();
  for (const [name, side] of [
    ['Ruth Okafor', 'for'],
    ['Tom Gallagher', 'for'],
    ['James Whitfield', 'against'],
  ] as const)
    await decisionRow.getByLabel(new RegExp(`^Vote of ${name}, Decision 1`)).selectOption(side);
  await decisionRow.getByRole('button', { name: 'Record the vote' }).click();
  await expect(vote).toContainText('Vote: 2 for, 1 against');
  await decisionRow.getByLabel(/^Dissent of James Whitfield, Decision 1/).check();
  await expect(vote).toContainText('Dissent: James Whitfield');

  await page.getByRole('button', { name: `Add action to item ${n}`, exact: true }).click();
  const secretAction = section.getByLabel(/^Action SECP30\/\d+: to …$/);
  await secretAction.fill(`check the ${C.actionInSecretItem} ledger`);
  await expect(section).toContainText(C.actionInSecretItem);

  // An action of a public item, marked confidential by hand.
  const item4 = page.getByTestId('minutes-item').filter({
    has: page.getByRole('heading', { name: /^4 Privacy Assessment/ }),
  });
  const actions4 = item4.getByLabel(/^Action SECP30\/\d+: to …$/);
  const marks4 = item4.getByRole('button', { name: /^Confidential: item 4, block \d+$/ });
  const [actionsBefore, marksBefore] = [await actions4.count(), await marks4.count()];
  await page.getByRole('button', { name: 'Add action to item 4', exact: true }).click();
  await expect(actions4).toHaveCount(actionsBefore + 1);
  await expect(marks4).toHaveCount(marksBefore + 1);
  const flagged = actions4.last();
  await flagged.fill(`brief the ${C.actionFlagged} adviser`);
  await expect(flagged).toHaveValue(`brief the ${C.actionFlagged} adviser`);
  const mark = marks4.last();
  await mark.click();
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
  await flagged.blur();

  // Declarations: on the confidential item, confidential on item 4 and on the whole meeting.
  await page.goto(`/#/meetings/${meeting30}/attendance`);
  const form = page.getByRole('form', { name: 'Add a declaration' });
  const declare = async (who: string, on: string, interest: string, confidential: boolean) => {
    await form.getByLabel('Who').selectOption({ label: who });
    await form.getByLabel('Concerning').selectOption({ label: on });
    await form.getByLabel('Interest').fill(interest);
    await form.getByLabel('Confidential').setChecked(confidential);
    await form.getByLabel('Withdrew').check();
    await form.getByRole('button', { name: 'Add the declaration' }).click();
    await expect(page.getByRole('listitem', { name: `Declaration of ${who}` })).toBeVisible();
  };
  await declare(
    'Helen Brooks',
    `Item ${n}: ${C.title}`,
    `Adviser ${C.interestOnSecretItem}`,
    false,
  );
  await declare(
    'Mark Chen',
    'Item 4: Privacy Assessment — Decision Making Principles',
    `Shareholder ${C.interestOnPublicItem}`,
    true,
  );
  await declare('Tom Gallagher', 'The whole meeting', `Trustee ${C.interestOnMeeting}`, true);
  await expect
    .poll(async () => (await storedRows<{ interest: string }>(page, 'interests')).length)
    .toBe(3);
});

test('meeting 31 updates the actions and approves meeting 30 with amendments; one more follows', async () => {
  await page.getByRole('link', { name: 'SEC Panel' }).first().click();
  const newMeeting = page.getByRole('form', { name: 'New meeting' });
  await newMeeting.getByLabel('Number').fill('31');
  await newMeeting.getByLabel('Date').fill('2016-04-14');
  await newMeeting.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /meeting 31/ })).toBeVisible();
  meeting31 = /#\/meetings\/([^/]+)/.exec(page.url())?.[1] ?? '';
  expect(meeting31).not.toBe('');
  await page.getByRole('button', { name: 'Add Actions Outstanding item' }).click();
  await expect(page.getByTestId('agenda-item')).toHaveCount(1);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await meetingNav().getByRole('link', { name: 'Minutes' }).click();

  // An update to the action of the confidential item, and a confidential one to a public action.
  const region = page.getByRole('region', { name: 'Actions outstanding from earlier meetings' });
  const give = region.getByRole('form', { name: 'Give an update' });
  const secretRef = await region
    .locator('.outstanding-choice')
    .filter({ hasText: C.actionInSecretItem })
    .locator('.action-ref')
    .first()
    .textContent();
  const update = async (ref: string, text: string, confidential: boolean) => {
    await give.getByRole('checkbox', { name: new RegExp(`^${ref.replace('/', '\\/')} `) }).check();
    await give.getByLabel('Update', { exact: true }).fill(text);
    if (confidential) await give.getByLabel('Confidential', { exact: true }).check();
    await give.getByRole('button', { name: /^Give update to/ }).click();
    await expect(give.getByLabel('Update', { exact: true })).toHaveValue('');
  };
  await update(
    (secretRef ?? '').trim(),
    `The ${C.updateToSecretAction} ledger was checked.`,
    false,
  );
  await update('SECP22/04', `Counsel ${C.updateFlagged} was consulted.`, true);
  await expect(region.getByTestId('update-row')).toHaveCount(2);

  // Approval with a confidential amendment to item 4 and a plain one to the confidential item.
  await page.getByRole('button', { name: 'Approve the minutes of meeting 30 at item 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve the minutes of meeting 30' });
  await dialog.getByRole('button', { name: 'Add an amendment' }).click();
  await dialog.getByLabel('Amended wording (amendment 1)').fill(`Read ${C.amendFlagged} here`);
  await dialog.getByLabel('Reason (amendment 1)').fill(`Because ${C.amendFlaggedReason}`);
  await dialog
    .getByLabel('Applies to (amendment 1)')
    .selectOption({ label: 'Item 4: Privacy Assessment — Decision Making Principles' });
  await dialog.getByRole('checkbox', { name: /^Confidential \(amendment 1\)/ }).check();
  await dialog.getByRole('button', { name: 'Add an amendment' }).click();
  await dialog.getByLabel('Amended wording (amendment 2)').fill(`Read ${C.amendOnSecretItem}`);
  await dialog.getByLabel('Reason (amendment 2)').fill('A figure was wrong');
  await dialog
    .getByLabel('Applies to (amendment 2)')
    .selectOption({ label: `Item ${secretNumber}: ${C.title}` });
  await dialog.getByRole('button', { name: 'Approve the minutes of meeting 30' }).click();
  await expect(dialog).toBeHidden();

  // After approval, a confidential amendment to the minutes as a whole.
  await page.goto(`/#/meetings/${meeting30}`);
  await expect(page.getByTestId('meeting-status')).toHaveText('Minutes approved');
  const later = page.getByRole('form', { name: 'Record an amendment' });
  await later.getByLabel('Date of the amendment').fill('2016-05-12');
  await later.getByLabel('Reason').fill(`Since ${C.amendLaterReason}`);
  await later.getByLabel('Amended wording').fill(`Also ${C.amendLater}`);
  await later.getByRole('checkbox', { name: /^Confidential/ }).check();
  await later.getByRole('button', { name: 'Record amendment' }).click();
  const amendments = page.getByRole('list', { name: 'Amendments' });
  await expect(amendments).toContainText(C.amendLater);
  await expect(amendments.getByRole('listitem')).toHaveCount(3);
});

test('meeting 30: public minutes and agenda (title only) carry no canary', async () => {
  await documents(meeting30, { minutes: true, agenda: true });
  const saved = await saveAll([...every('minutes'), ...every('agenda')], 'meeting 30', (name) =>
    name.startsWith('Public'),
  );
  const at = (name: string) => saved.get(name) as Output;
  for (const f of ['PDF', 'Word (DOCX)']) {
    expectCarries(at(`Confidential minutes, ${f}`), [
      C.title,
      C.decision,
      voteLine,
      dissentLine,
      C.interestOnSecretItem,
      C.interestOnPublicItem,
      C.interestOnMeeting,
      C.actionInSecretItem,
      C.actionFlagged,
      C.amendFlagged,
      C.amendFlaggedReason,
      C.amendOnSecretItem,
      C.amendLater,
      C.amendLaterReason,
    ]);
    expectCarries(at(`Confidential agenda, ${f}`), [C.title, C.presenter, C.paper]);
    // The body's 'title' setting: the public papers name the confidential item by its title.
    expectCarries(at(`Public agenda, ${f}`), [C.title, summary]);
    expectCarries(at(`Public minutes, ${f}`), [C.title, summary]);
  }
  expectNoLeak([...saved.values()]);
});

test('meeting 31 minutes and the action log: public files carry no canary', async () => {
  await documents(meeting31, { minutes: true, agenda: false });
  const saved = await saveAll(every('minutes'), 'meeting 31', () => false);
  for (const f of ['PDF', 'Word (DOCX)'])
    expectCarries(saved.get(`Confidential minutes, ${f}`) as Output, [
      C.updateToSecretAction,
      C.updateFlagged,
      C.amendFlagged,
      C.amendOnSecretItem,
    ]);

  await page.goto(`/#/meetings/${meeting31}`);
  await page.getByRole('link', { name: 'SEC Panel' }).first().click();
  await page
    .getByRole('navigation', { name: 'Body' })
    .getByRole('link', { name: 'Action log' })
    .click();
  const panel = page.getByRole('region', { name: 'Export the log' });
  const log: Output[] = [];
  for (const variant of ['Public', 'Confidential'] as const)
    for (const format of ['CSV', 'XLSX'] as const) {
      await panel.getByRole('radio', { name: new RegExp(`^${variant}`) }).check();
      log.push(
        await keep(
          () => panel.getByRole('button', { name: `Export ${format}` }).click(),
          `action log ${variant} ${format}`,
          variant === 'Public' ? 'public' : 'confidential',
          false,
        ),
      );
    }
  for (const output of log.filter((o) => o.variant === 'confidential'))
    expectCarries(output, [
      C.actionInSecretItem,
      C.actionFlagged,
      C.updateToSecretAction,
      C.updateFlagged,
    ]);
  // The public log still lists the public action that had a confidential update.
  for (const output of log.filter((o) => o.variant === 'public'))
    expect(output.text).toContain('SECP22/04');
  expectNoLeak([...saved.values(), ...log]);
});

test('the circulation e-mails of meetings 30 and 31: the public ones carry no canary', async () => {
  const [public30, confidential30] = await circulate(meeting30, 'meeting 30', true);
  const [public31, confidential31] = await circulate(meeting31, 'meeting 31', false);
  if (!public30 || !confidential30 || !public31 || !confidential31) throw new Error('no e-mail');
  for (const eml of [public30, public31]) expect(eml.text).toContain('attachment ');
  expectCarries(confidential30, [
    C.presenter,
    C.paper,
    C.decision,
    dissentLine,
    C.interestOnMeeting,
    C.amendLater,
  ]);
  expectCarries(confidential31, [C.updateToSecretAction, C.amendFlagged]);
  expectNoLeak([public30, public31]);
});

test('with the body set to leave confidential items out, the public agenda has not even the title', async () => {
  await page.goto('/');
  await page.getByRole('link', { name: 'SEC Panel' }).click();
  await page.getByRole('link', { name: 'Settings and members' }).click();
  const publicAgenda = page.getByRole('region', { name: 'Public agenda' });
  await expect(publicAgenda.getByLabel('By its title only')).toBeChecked();
  await publicAgenda.getByLabel('Left out').check();
  await expect
    .poll(async () =>
      (await storedRows<{ name: string; agendaConfidentialItems: string }>(page, 'bodies'))
        .filter((b) => b.name === 'SEC Panel')
        .map((b) => b.agendaConfidentialItems),
    )
    .toEqual(['omit']);

  await documents(meeting30, { minutes: false, agenda: true });
  const saved = await saveAll(every('agenda'), 'meeting 30 (omit)', () => false);
  for (const f of ['PDF', 'Word (DOCX)']) {
    expectCarries(saved.get(`Confidential agenda, ${f}`) as Output, [
      C.title,
      C.presenter,
      C.paper,
    ]);
    const shown = saved.get(`Public agenda, ${f}`) as Output;
    expect(shown.text).toContain('Privacy Assessment');
    expect(shown.text).not.toContain(summary);
  }
  const [publicEml, confidentialEml] = await circulate(meeting30, 'meeting 30 (omit)', true);
  if (!publicEml || !confidentialEml) throw new Error('no e-mail');
  expectCarries(confidentialEml, [C.title, C.presenter]);
  // The public e-mail carries the public minutes, which keep the title; its agenda must not.
  const attachments = publicEml.text.split(/\nattachment /).slice(1);
  const agendas = attachments.filter((a) => /\bagenda\b/i.test(a.split('\n')[0] ?? ''));
  expect(agendas.length).toBeGreaterThan(0);
  expect(agendas.filter((a) => a.includes(C.title))).toEqual([]);
  expectNoLeak([...saved.values(), publicEml]);
});
