import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { holdWrites } from './support/hold';
import { storedBlocks } from './support/stored';
import { addItems, createBodyAndMeeting } from './support/ui';

const titles = ['Minutes and Actions Outstanding', 'Privacy Assessment', 'Testing Update'];

/** A body, meeting 30 with three items, item 3 confidential; leaves the page on the minutes. */
async function meetingWithItems(page: Page): Promise<void> {
  await createBodyAndMeeting(page);
  await addItems(page, titles);
  await page.getByLabel('Presenter').nth(1).fill('SECAS');
  await page.getByLabel('Classification').nth(2).selectOption('confidential');
  await expect(page.getByLabel('Public summary')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  await expect(page.getByTestId('minutes-item')).toHaveCount(3);
}

const item = (page: Page, n: number): Locator => page.getByTestId('minutes-item').nth(n - 1);

test('a secretary captures paragraphs, decisions, actions, a note and confidential matter; all survive a reload', async ({
  page,
}) => {
  await meetingWithItems(page);
  await expect(page.getByRole('heading', { name: /^2 Privacy Assessment$/ })).toBeVisible();
  await expect(item(page, 2)).toContainText('Presented by SECAS');
  await expect(item(page, 3)).toContainText('Confidential item');
  await expect(item(page, 3)).toContainText(
    'Further details on this agenda item can be found in the confidential minutes.',
  );

  // A paragraph with bullet points, shown as a list as it is typed.
  await page.getByRole('button', { name: 'Add paragraph to item 2' }).click();
  const paragraph = page.getByLabel('Paragraph, item 2, block 1');
  await expect(paragraph).toBeFocused();
  await paragraph.fill('SECAS highlighted:\n- the report template\n- the published guidance');
  const bullets = item(page, 2).getByLabel('How the bullet points read').getByRole('listitem');
  await expect(bullets).toHaveText(['the report template', 'the published guidance']);

  // Decisions: a list read as the minutes print it.
  await page.getByRole('button', { name: 'Add decisions to item 2' }).click();
  const first = page.getByLabel('Decision 1, item 2, block 2', { exact: true });
  await expect(first).toBeFocused();
  await first.fill('the contents of the paper');
  const preview = item(page, 2).getByLabel('How the decisions read');
  await expect(preview).toHaveText('The Panel NOTED the contents of the paper.');
  await first.press('Enter');
  const second = page.getByLabel('Decision 2, item 2, block 2', { exact: true });
  await expect(second).toBeFocused();
  await page.getByLabel('Verb of decision 2, item 2, block 2').selectOption('APPROVED');
  await second.fill('the Decision Making Principles as set out in Appendix A');
  await expect(preview).toContainText('The Panel:');
  await expect(preview.getByRole('listitem')).toHaveText([
    'NOTED the contents of the paper; and',
    'APPROVED the Decision Making Principles as set out in Appendix A.',
  ]);

  // Two actions: each reference is there the moment it is raised.
  await page.getByRole('button', { name: 'Add action to item 2' }).click();
  await expect(item(page, 2).getByText('ACTION SECP30/01', { exact: true })).toBeVisible();
  await page.getByLabel('Action SECP30/01: to …').fill('look into making the template public');
  await expect(item(page, 2)).toContainText(
    'ACTION SECP30/01: SECAS to look into making the template public',
  );
  await page.getByRole('button', { name: 'Add action to item 3' }).click();
  await expect(item(page, 3).getByText('ACTION SECP30/02', { exact: true })).toBeVisible();
  await item(page, 3).getByLabel('Owner').fill('DCC');
  await page.getByLabel('Action SECP30/02: to …').fill('circulate the R1.0 test report');

  // A post-meeting note and a paragraph in the confidential item: confidential as it is, with
  // no command to make them public.
  await page.getByRole('button', { name: 'Add post-meeting note to item 3' }).click();
  await page
    .getByLabel('Post meeting note, item 3, block 2')
    .fill('Following the meeting, the DCC made the appendix non-confidential.');
  await page.getByRole('button', { name: 'Add paragraph to item 3' }).click();
  await page.getByLabel('Paragraph, item 3, block 3').fill('The Defaulting Party was discussed.');
  await page.getByLabel('Public summary of item 3').fill('An update on the Defaulting Party.');
  await expect(item(page, 3).getByTestId('minute-block')).toHaveText(
    Array.from({ length: 3 }, () => /Confidential, as its item is/),
  );
  await expect(item(page, 3).getByRole('button', { name: /^Confidential:/ })).toHaveCount(0);

  // A paragraph of a public item, marked confidential by hand.
  await page.getByRole('button', { name: 'Add paragraph to item 2' }).click();
  await page.getByLabel('Paragraph, item 2, block 4').fill('The Defaulting Party was named.');
  await page.getByRole('button', { name: 'Confidential: item 2, block 4' }).click();
  await expect(item(page, 2).getByTestId('minute-block').nth(3)).toContainText('Confidential');
  await expect(page.getByRole('button', { name: 'Confidential: item 2, block 4' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByLabel('Public summary of item 3').blur();
  await page.reload();
  await expect(page.getByLabel('Paragraph, item 2, block 1')).toHaveValue(
    'SECAS highlighted:\n- the report template\n- the published guidance',
  );
  await expect(item(page, 2).getByLabel('How the decisions read').getByRole('listitem')).toHaveText(
    [
      'NOTED the contents of the paper; and',
      'APPROVED the Decision Making Principles as set out in Appendix A.',
    ],
  );
  await expect(item(page, 2)).toContainText(
    'ACTION SECP30/01: SECAS to look into making the template public',
  );
  await expect(item(page, 3)).toContainText(
    'ACTION SECP30/02: DCC to circulate the R1.0 test report',
  );
  await expect(page.getByLabel('Post meeting note, item 3, block 2')).toHaveValue(
    'Following the meeting, the DCC made the appendix non-confidential.',
  );
  await expect(page.getByRole('button', { name: 'Confidential: item 2, block 4' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByLabel('Public summary of item 3')).toHaveValue(
    'An update on the Defaulting Party.',
  );
  await expect(item(page, 3).getByTestId('minute-block')).toHaveCount(3);
});

test('minutes are captured with the keyboard alone, through the shortcuts', async ({ page }) => {
  await meetingWithItems(page);
  await page.getByRole('button', { name: 'Add paragraph to item 1' }).focus();

  await page.keyboard.press('Alt+P');
  await expect(page.getByLabel('Paragraph, item 1, block 1')).toBeFocused();
  await page.keyboard.type('The minutes of the February meeting were approved.');
  await page.keyboard.press('Alt+D');
  await expect(page.getByLabel('Decision 1, item 1, block 2', { exact: true })).toBeFocused();
  await page.keyboard.type('the update');
  await page.keyboard.press('Alt+A');
  await expect(page.getByLabel('Action SECP30/01: to …')).toBeFocused();
  await page.keyboard.type('publish the minutes');
  await page.keyboard.press('Alt+N');
  await expect(page.getByLabel('Post meeting note, item 1, block 4')).toBeFocused();
  await page.keyboard.type('Published on 11 March.');

  // Alt+C marks the focused block confidential, and again makes it public.
  await page.keyboard.press('Alt+C');
  const toggle = page.getByRole('button', { name: 'Confidential: item 1, block 4' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // Alt+↑ moves the note above the action, keeping the cursor in it.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByLabel('Post meeting note, item 1, block 3')).toBeFocused();
  await expect(item(page, 1).getByTestId('minute-block').nth(2)).toContainText('Post Meeting Note');
  await page.keyboard.press('Alt+C');
  await expect(page.getByRole('button', { name: 'Confidential: item 1, block 3' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  // Alt+Delete deletes the focused block; Undo puts it back.
  await page.keyboard.press('Alt+Delete');
  await expect(item(page, 1).getByTestId('minute-block')).toHaveCount(3);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(item(page, 1).getByTestId('minute-block')).toHaveCount(4);
  await expect(page.getByLabel('Post meeting note, item 1, block 3')).toHaveValue(
    'Published on 11 March.',
  );

  // "?" outside a field lists the shortcuts; Escape closes the list.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Alt+P');
  await expect(dialog).toContainText('Alt+Delete');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('Alt+C pressed twice before the first mark is stored leaves the block as it was', async ({
  page,
}) => {
  await meetingWithItems(page);
  await page.getByRole('button', { name: 'Add paragraph to item 1' }).click();
  const field = page.getByLabel('Paragraph, item 1, block 1');
  await field.fill('The supplier quoted £41,000 (CANARY-ALTC).');
  const stored = async () =>
    (await storedBlocks(page)).find(
      (b) => b.kind === 'paragraph' && b.text.includes('CANARY-ALTC'),
    );
  await page.keyboard.press('Alt+C');
  const toggle = page.getByRole('button', { name: 'Confidential: item 1, block 1' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await stored())?.confidential).toBe(true);

  /**
   * Marks the block twice while the first mark waits for the disk, and waits until both are
   * stored: public, then confidential again, not public twice.
   */
  const markTwice = async (mark: () => Promise<void>) => {
    const before = (await stored())?.updatedAt ?? '';
    const held = await holdWrites(page, ['itemMinutes']);
    await mark();
    await mark();
    await held.release();
    await expect
      .poll(async () => {
        const block = await stored();
        return block !== undefined && block.updatedAt > before && block.confidential;
      })
      .toBe(true);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  };
  await markTwice(() => page.keyboard.press('Alt+C'));
  await markTwice(() => toggle.click());
});

test('a deleted action keeps its reference; renumbering closes the gap in agenda order', async ({
  page,
}) => {
  await meetingWithItems(page);
  await page.getByRole('button', { name: 'Add action to item 3' }).click();
  await expect(item(page, 3)).toContainText('ACTION SECP30/01');
  await page.getByRole('button', { name: 'Add action to item 2' }).click();
  await expect(item(page, 2)).toContainText('ACTION SECP30/02');
  await page.getByRole('button', { name: 'Add action to item 2' }).click();
  await expect(item(page, 2)).toContainText('ACTION SECP30/03');
  await page.getByRole('button', { name: 'Delete item 2, block 2' }).click();
  await expect(item(page, 2).getByTestId('minute-block')).toHaveCount(1);
  await page.getByRole('button', { name: 'Add action to item 1' }).click();
  await expect(item(page, 1)).toContainText('ACTION SECP30/04');

  await page.getByRole('button', { name: 'Renumber actions in agenda order' }).click();
  await expect(item(page, 1)).toContainText('ACTION SECP30/01');
  await expect(item(page, 2)).toContainText('ACTION SECP30/02');
  await expect(item(page, 3)).toContainText('ACTION SECP30/03');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the minutes editor passes axe with no serious violation (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await meetingWithItems(page);
    await filledMinutes(page);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const dialogResults = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(
      dialogResults.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    ).toEqual([]);
    await page.keyboard.press('Escape');
    // Errors wait to be dismissed; confirmations may go by themselves meanwhile.
    const dismiss = page.getByRole('button', { name: 'Dismiss message' });
    await expect(async () => {
      if ((await dismiss.count()) > 0) await dismiss.first().click({ timeout: 1000 });
      await expect(dismiss).toHaveCount(0, { timeout: 100 });
    }).toPass();
    if (colorScheme === 'light') {
      await page.setViewportSize({ width: 1280, height: 1400 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({
        path: 'test-results/screenshots/secretary-view.png',
        fullPage: true,
      });
    } else {
      await page.screenshot({ path: 'test-results/screenshots/secretary-view-dark.png' });
    }
  });
}

/** Minutes like the reference's item 4, for the scans and the screenshot. */
async function filledMinutes(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add paragraph to item 2' }).click();
  await page
    .getByLabel('Paragraph, item 2, block 1')
    .fill(
      'The Panel were provided with a paper outlining the privacy assessment process along with an appendix proposing a set of Decision Making Principles.\nSECAS highlighted:\n- the Full User Privacy Assessment Report Template\n- the guidance published on the SEC Website',
    );
  await page.getByRole('button', { name: 'Add decisions to item 2' }).click();
  await page
    .getByLabel('Decision 1, item 2, block 2', { exact: true })
    .fill('the contents of the paper');
  await page.getByLabel('Decision 1, item 2, block 2', { exact: true }).press('Enter');
  await page.getByLabel('Verb of decision 2, item 2, block 2').selectOption('APPROVED');
  await page
    .getByLabel('Decision 2, item 2, block 2', { exact: true })
    .fill('the Decision Making Principles as set out in Appendix A');
  await page.getByRole('button', { name: 'Add action to item 2' }).click();
  await page
    .getByLabel('Action SECP30/01: to …')
    .fill('look into making the Full User Privacy Assessment Report Template non-confidential');
  await page.getByRole('button', { name: 'Add paragraph to item 3' }).click();
  await page
    .getByLabel('Paragraph, item 3, block 1')
    .fill('The Panel discussed the confidential appendix.');
  await page.getByRole('button', { name: 'Add post-meeting note to item 3' }).click();
  await page
    .getByLabel('Post meeting note, item 3, block 2')
    .fill(
      'Following the meeting, the DCC have notified that they will make the appendix non-confidential.',
    );
  await page.getByLabel('Post meeting note, item 3, block 2').blur();
}

test('approved minutes are shown as they read, with nothing to edit', async ({ page }) => {
  await meetingWithItems(page);
  await filledMinutes(page);
  await expect(page.getByLabel('Post meeting note, item 3, block 2')).toHaveValue(
    /non-confidential/,
  );
  // Approval is the Chair's step; here the stored status is set directly, as it would be then.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('minutebook');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('cannot open minutebook'));
    });
    const store = db.transaction('meetings', 'readwrite').objectStore('meetings');
    await new Promise<void>((resolve, reject) => {
      const all = store.getAll();
      all.onsuccess = () => {
        const meeting = (all.result as { status: string }[])[0];
        if (!meeting) return reject(new Error('no meeting'));
        const put = store.put({ ...meeting, status: 'approved' });
        put.onsuccess = () => resolve();
        put.onerror = () => reject(new Error('cannot approve'));
      };
    });
    db.close();
  });
  await page.reload();
  await expect(page.getByText('These minutes are approved and locked.')).toBeVisible();
  await expect(page.locator('textarea, input, select')).toHaveCount(1); // the user's name only
  await expect(page.getByRole('button', { name: /^Add / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Renumber actions in agenda order' })).toHaveCount(
    0,
  );
  await expect(
    item(page, 2)
      .getByRole('listitem')
      .filter({ hasText: /^the guidance published on the SEC Website$/ }),
  ).toBeVisible();
  await expect(item(page, 2)).toContainText(
    'APPROVED the Decision Making Principles as set out in Appendix A.',
  );
  await expect(item(page, 2)).toContainText(
    'ACTION SECP30/01: SECAS to look into making the Full User Privacy Assessment Report Template non-confidential',
  );
  await expect(item(page, 3)).toContainText('Post Meeting Note: Following the meeting');
  await expect(item(page, 3).getByTestId('minute-block').first()).toContainText('Confidential');
});

test('text typed just before a reload is kept', async ({ page }) => {
  await meetingWithItems(page);
  await page.getByRole('button', { name: 'Add paragraph to item 1' }).click();
  const paragraph = page.getByLabel('Paragraph, item 1, block 1');
  await expect(paragraph).toBeFocused();
  await page.keyboard.type('Typed right up to the reload');
  await page.reload();
  await expect(page.getByLabel('Paragraph, item 1, block 1')).toHaveValue(
    'Typed right up to the reload',
  );
});
