import { describe, expect, it } from 'vitest';
import {
  addAmendment,
  addBlock,
  addItem,
  approvableMeetings,
  approveMinutesAt,
  createMeeting,
  setMeetingStatus,
  updateItem,
} from '../../../src-renderer/db';
import { approvalVerb } from '../../../src-renderer/db/repos/approval';
import type { DecisionsBlock, ParagraphBlock } from '../../../src-renderer/domain';
import {
  expectDataError,
  fakeContext,
  meeting30,
  seedMeeting,
  snapshot,
  useTestDatabases,
  type TestContext,
} from './support';
import { blocksOfItem } from '../../../src-renderer/db/block-store';

const open = useTestDatabases();

/** Meeting 29 (held, two items, the second confidential) and meeting 30 (live, one item). */
async function twoMeetings(ctx: TestContext) {
  const { bodyId, meetingId: m30 } = await seedMeeting(ctx);
  const m29 = await createMeeting(ctx, bodyId, { ...meeting30, number: 29, date: '2016-02-11' });
  const intro = await addItem(ctx, m29, { title: 'Introduction' });
  const secret = await addItem(ctx, m29, { title: 'Modification P999' });
  await updateItem(ctx, secret, { classification: 'confidential' });
  await addBlock(ctx, intro, 'paragraph', { text: 'The Chair welcomed members.' });
  await setMeetingStatus(ctx, m29, 'live');
  await setMeetingStatus(ctx, m29, 'held');
  const minutesItem = await addItem(ctx, m30, { title: 'Minutes and Actions Outstanding' });
  await setMeetingStatus(ctx, m30, 'live');
  return { bodyId, m29, m30, intro, secret, minutesItem };
}

describe('approveMinutesAt', () => {
  it('approves, locks, records the decision and the agreed amendments in one go', async () => {
    const ctx = fakeContext(open());
    const { m29, m30, intro, secret, minutesItem } = await twoMeetings(ctx);
    const blockId = await approveMinutesAt(ctx, minutesItem, m29, [
      { text: 'The Chair welcomed all.', reason: 'Wording', itemId: intro, confidential: false },
      { text: 'Costs were £2m.', reason: 'Figure', itemId: secret, confidential: false },
      { text: 'Whole minutes fix.', reason: 'Typo', itemId: null, confidential: true },
    ]);
    const meeting = await ctx.db.meetings.get(m29);
    expect(meeting?.status).toBe('approved');
    expect(meeting?.approval).toEqual({ meetingId: m30, number: 30, on: '2016-03-10' });

    const blocks = await blocksOfItem(ctx.db, minutesItem);
    expect(blocks.map((b) => [b.kind, b.confidential])).toEqual([
      ['decisions', false],
      ['paragraph', false],
      ['paragraph', true],
    ]);
    expect(blocks[0]?.id).toBe(blockId);
    const decision = (blocks[0] as DecisionsBlock).decisions[0];
    expect(decision?.verb).toBe('APPROVED');
    expect(decision?.text).toBe(
      'the minutes of meeting 29 as a true record, subject to the amendments below',
    );
    // Only the amendment to a public item, not confidential itself, is listed publicly.
    expect((blocks[1] as ParagraphBlock).text).toBe(
      'Amendments agreed to the minutes of meeting 29:\n- Item 1: The Chair welcomed all. (Reason: Wording)',
    );
    expect((blocks[2] as ParagraphBlock).text).toContain('- Item 2: Costs were £2m.');
    expect((blocks[2] as ParagraphBlock).text).toContain('- The minutes as a whole: Whole');

    const amendments = await ctx.db.amendments.where('meetingId').equals(m29).toArray();
    expect(amendments).toHaveLength(3);
    for (const a of amendments) {
      expect(a.agreedAt).toBe(m30);
      expect(a.date).toBe('2016-03-10');
    }
    expect(amendments.find((a) => a.itemId === null)?.confidential).toBe(true);

    // Meeting 29 is locked now: edits are refused, amendments accepted.
    await expectDataError(addBlock(ctx, intro, 'paragraph', { text: 'x' }), 'locked', /locked/);
    await expectDataError(updateItem(ctx, intro, { title: 'New' }), 'locked', /locked/);
    await addAmendment(ctx, m29, {
      date: '2016-04-14',
      reason: 'Later correction',
      text: 'Later wording.',
      itemId: intro,
      confidential: false,
    });
    const later = (await ctx.db.amendments.where('meetingId').equals(m29).toArray()).find(
      (a) => a.reason === 'Later correction',
    );
    expect(later).toMatchObject({ itemId: intro, agreedAt: null, date: '2016-04-14' });
  });

  it('names the amended item by the number its documents print, in the body’s style', async () => {
    const ctx = fakeContext(open());
    const { bodyId, m29, intro, secret, minutesItem } = await twoMeetings(ctx);
    // Running numbers from 39, with an earlier meeting 28 of three items: meeting 29 is 42–43.
    await ctx.db.bodies.update(bodyId, { minuteNumbering: 'running', firstMinuteNumber: 39 });
    const m28 = await createMeeting(ctx, bodyId, { ...meeting30, number: 28, date: '2016-01-14' });
    for (const title of ['One', 'Two', 'Three']) await addItem(ctx, m28, { title });
    await approveMinutesAt(ctx, minutesItem, m29, [
      { text: 'Welcome.', reason: 'Wording', itemId: intro, confidential: false },
      { text: 'Cost.', reason: 'Figure', itemId: secret, confidential: true },
    ]);
    const texts = (await blocksOfItem(ctx.db, minutesItem)).map((b) =>
      b.kind === 'paragraph' ? b.text : '',
    );
    expect(texts.join('\n')).toContain('- Item 42: Welcome.');
    expect(texts.join('\n')).toContain('- Item 43: Cost.');
  });

  it('names the amended item by its title when the body numbers nothing', async () => {
    const ctx = fakeContext(open());
    const { bodyId, m29, intro, minutesItem } = await twoMeetings(ctx);
    await ctx.db.bodies.update(bodyId, { minuteNumbering: 'none' });
    await approveMinutesAt(ctx, minutesItem, m29, [
      { text: 'Welcome.', reason: 'Wording', itemId: intro, confidential: false },
    ]);
    const texts = (await blocksOfItem(ctx.db, minutesItem)).map((b) =>
      b.kind === 'paragraph' ? b.text : '',
    );
    expect(texts.join('\n')).toContain('- The item “Introduction”: Welcome.');
  });

  it('says nothing of amendments when there are none', async () => {
    const ctx = fakeContext(open());
    const { m29, minutesItem } = await twoMeetings(ctx);
    await approveMinutesAt(ctx, minutesItem, m29, []);
    const blocks = await blocksOfItem(ctx.db, minutesItem);
    expect(blocks).toHaveLength(1);
    expect((blocks[0] as DecisionsBlock).decisions[0]?.text).toBe(
      'the minutes of meeting 29 as a true record',
    );
    expect(await ctx.db.amendments.count()).toBe(0);
  });

  it('refuses minutes already approved, a meeting not earlier, and an approved approver', async () => {
    const ctx = fakeContext(open());
    const { bodyId, m29, m30, minutesItem } = await twoMeetings(ctx);
    const m31 = await createMeeting(ctx, bodyId, { ...meeting30, number: 31, date: '2016-04-14' });
    await setMeetingStatus(ctx, m31, 'live');
    await setMeetingStatus(ctx, m31, 'held');
    const before = await snapshot(ctx.db);
    await expectDataError(approveMinutesAt(ctx, minutesItem, m31, []), 'invalid', /not earlier/);
    await expectDataError(approveMinutesAt(ctx, minutesItem, m30, []), 'invalid', /not earlier/);
    expect(await snapshot(ctx.db)).toEqual(before);

    await approveMinutesAt(ctx, minutesItem, m29, []);
    await expectDataError(
      approveMinutesAt(ctx, minutesItem, m29, []),
      'invalid',
      /already approved/,
    );
    // The approving meeting approved: its item is locked.
    await setMeetingStatus(ctx, m30, 'held');
    await setMeetingStatus(ctx, m30, 'approved');
    const m28 = await createMeeting(ctx, bodyId, { ...meeting30, number: 28, date: '2016-01-14' });
    await setMeetingStatus(ctx, m28, 'live');
    await setMeetingStatus(ctx, m28, 'held');
    await expectDataError(approveMinutesAt(ctx, minutesItem, m28, []), 'locked', /locked/);
  });

  it('writes nothing when one amendment is wrong', async () => {
    const ctx = fakeContext(open());
    const { m29, minutesItem, intro } = await twoMeetings(ctx);
    const before = await snapshot(ctx.db);
    await expectDataError(
      approveMinutesAt(ctx, minutesItem, m29, [
        { text: 'Fine.', reason: 'Fine', itemId: intro, confidential: false },
        { text: 'No reason.', reason: ' ', itemId: null, confidential: false },
      ]),
      'invalid',
      /why/,
    );
    await expectDataError(
      approveMinutesAt(ctx, minutesItem, m29, [
        { text: 'Wrong item.', reason: 'R', itemId: minutesItem, confidential: false },
      ]),
      'invalid',
      /not on the agenda/,
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('lists only held, earlier, unapproved meetings, latest first', async () => {
    const ctx = fakeContext(open());
    const { m29, m30 } = await twoMeetings(ctx);
    const all = await ctx.db.meetings.toArray();
    const approving = all.find((m) => m.id === m30);
    if (approving === undefined) throw new Error('no meeting 30');
    expect(approvableMeetings(approving, all).map((m) => m.id)).toEqual([m29]);
  });

  it('takes the body’s APPROVED verb, else one like it, else its first', () => {
    expect(approvalVerb({ decisionVerbs: ['NOTED', 'APPROVED'] })).toBe('APPROVED');
    expect(approvalVerb({ decisionVerbs: ['NOTED', 'APPROVES'] })).toBe('APPROVES');
    expect(approvalVerb({ decisionVerbs: ['RESOLVED', 'NOTED'] })).toBe('RESOLVED');
  });
});
