import { describe, expect, it } from 'vitest';
import { addItem, createMeeting, readMinuteNumbers } from '../../../src-renderer/db';
import { fakeContext, meeting30, seedMeeting, useTestDatabases } from './support';

const open = useTestDatabases();

/*
 * Running minute numbers count the top-level items of every earlier meeting of the body, read
 * a meeting's agenda at a time: sub-items are not counted, nor later meetings', nor another
 * body's.
 */
describe('readMinuteNumbers with running numbers', () => {
  it('starts after the top-level items of the earlier meetings only', async () => {
    const ctx = fakeContext(open());
    const { bodyId, meetingId } = await seedMeeting(ctx);
    await ctx.db.bodies.update(bodyId, { minuteNumbering: 'running', firstMinuteNumber: 10 });
    // Meetings 27 and 28: 2 + 3 top-level items, with sub-items that do not count.
    for (const [number, tops] of [
      [27, 2],
      [28, 3],
    ] as const) {
      const earlier = await createMeeting(ctx, bodyId, {
        ...meeting30,
        number,
        date: `2016-0${String(number - 26)}-10`,
      });
      for (let n = 0; n < tops; n++) {
        const parentId = await addItem(ctx, earlier, { title: `Item ${String(n)}` });
        await addItem(ctx, earlier, { title: `Part of ${String(n)}`, parentId });
      }
    }
    // A later meeting and another body's meeting change nothing.
    const later = await createMeeting(ctx, bodyId, {
      ...meeting30,
      number: 31,
      date: '2016-04-14',
    });
    await addItem(ctx, later, { title: 'Later' });
    const other = await seedMeeting(ctx);
    await addItem(ctx, other.meetingId, { title: 'Elsewhere' });

    const first = await addItem(ctx, meetingId, { title: 'First' });
    const second = await addItem(ctx, meetingId, { title: 'Second' });
    const numbers = await readMinuteNumbers(ctx.db, meetingId);
    expect([numbers.get(first), numbers.get(second)]).toEqual(['15', '16']);
  });
});
