import { expect, test, type Page } from '@playwright/test';
import type { Action } from '../../src-renderer/domain';
import { storedBlocks, storedRows } from './support/stored';
import { importLive } from './support/ui';

// Type-ahead: a shortcut that adds a block, and typing at once at 20 keys a second. Every
// character must land in the block it was typed for, in a live meeting of the reference
// panel (25 items) and of 120 items with 200 actions, with the Chair view open beside it.
test.describe.configure({ timeout: 600_000 });

const shortcuts = [
  { key: 'Alt+P', kind: 'paragraph' },
  { key: 'Alt+D', kind: 'decisions' },
  { key: 'Alt+A', kind: 'action' },
  { key: 'Alt+N', kind: 'note' },
] as const;

/** What each stored block says, by kind: a paragraph's text, the first decision, the action. */
async function storedTexts(page: Page): Promise<string[]> {
  const blocks = await storedBlocks(page);
  const actions = new Map(
    (await storedRows<Action>(page, 'actions')).map((a) => [a.id, a.text] as const),
  );
  return blocks.map((b) =>
    b.kind === 'decisions'
      ? (b.decisions[0]?.text ?? '')
      : b.kind === 'action'
        ? (actions.get(b.actionId) ?? '')
        : b.text,
  );
}

async function typeAhead(page: Page, items: number, actions: number) {
  const meetingId = await importLive(page, items, actions);
  const chair = await page.context().newPage();
  await chair.goto(`/#/meetings/${meetingId}/chair`);
  await expect(chair.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`/#/meetings/${meetingId}/minutes`);
  await expect(page.getByTestId('minutes-item')).toHaveCount(items, { timeout: 60_000 });

  const typed: string[] = [];
  for (let round = 0; round < 50; round++) {
    // Ten rounds in each of five items, spread over the agenda; the first of each starts from
    // the item's Add buttons, the others straight from the block just typed in.
    const item = 3 + Math.floor(round / 10) * Math.floor((items - 4) / 5);
    if (round % 10 === 0) {
      await page
        .getByRole('button', { name: `Add paragraph to item ${String(item)}`, exact: true })
        .focus();
    }
    const { key, kind } = shortcuts[round % shortcuts.length] ?? shortcuts[0];
    const text = `r${String(round)} ${kind}`;
    typed.push(text);
    await page.keyboard.press(key);
    await page.keyboard.type(text, { delay: 50 });
  }
  await page.keyboard.press('Tab');
  await expect
    .poll(async () => {
      const stored = await storedTexts(page);
      return typed.filter((t) => !stored.includes(t));
    })
    .toEqual([]);
  // Nothing typed went anywhere else: no stored text holds a fragment of another round's.
  const stored = await storedTexts(page);
  for (const text of stored) {
    const rounds = text.match(/\br\d+ /g) ?? [];
    expect(rounds.length, text).toBeLessThanOrEqual(1);
  }
  await chair.close();
}

test('every key typed right after an add-block shortcut lands in the new block (25 items)', async ({
  page,
}) => {
  await typeAhead(page, 25, 16);
});

test('every key typed right after an add-block shortcut lands in the new block (120 items, 200 actions)', async ({
  page,
}) => {
  await typeAhead(page, 120, 200);
});
