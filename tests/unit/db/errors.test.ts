import { describe, expect, it } from 'vitest';
import {
  addItem,
  createBody,
  createMeeting,
  DataError,
  deleteItem,
  moveItem,
  restoreItems,
  setMeetingStatus,
  updateBody,
  updateItem,
  updateMeeting,
} from '../../../src-renderer/db';
import type { RemovedItems } from '../../../src-renderer/db';
import type { Id } from '../../../src-renderer/domain';
import {
  approve,
  fakeContext,
  meeting30,
  rejection,
  secPanel,
  seedMeeting,
  useTestDatabases,
  type TestContext,
} from './support';

const open = useTestDatabases();

describe('DataError', () => {
  it('is an Error with a code and the message as given', () => {
    const error = new DataError('That meeting no longer exists.', 'not-found');
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('That meeting no longer exists.');
  });
});

interface Seeded {
  ctx: TestContext;
  bodyId: Id;
  meetingId: Id;
  itemId: Id;
  removed: RemovedItems;
}

/** A body, an approved meeting 30 with one item (a second was deleted before approval). */
async function seeded(): Promise<Seeded> {
  const ctx = fakeContext(open());
  const { bodyId, meetingId } = await seedMeeting(ctx);
  const itemId = await addItem(ctx, meetingId, { title: 'Item' });
  const gone = await addItem(ctx, meetingId, { title: 'Deleted' });
  const removed = await deleteItem(ctx, gone);
  await approve(ctx, meetingId);
  return { ctx, bodyId, meetingId, itemId, removed };
}

/*
 * What a screen receives when a repository refuses a write: our DataError, with its code and
 * its message exactly as written, so the notice reads well and code can branch on `code`.
 * BUG: errors thrown inside a Dexie transaction come out as Dexie's own "DataError" (Dexie maps
 * any error named like an IndexedDB DOMException), with no `code` and the message doubled:
 * "That body no longer exists.\n DataError: That body no longer exists."
 */
describe('errors from the repositories reach the caller unchanged', () => {
  it.each<[string, (s: Seeded) => Promise<unknown>, DataError['code'], string]>([
    [
      'createBody, invalid',
      ({ ctx }) => createBody(ctx, { ...secPanel, name: '' }),
      'invalid',
      'Name is required.',
    ],
    [
      'updateBody, unknown body',
      ({ ctx }) => updateBody(ctx, 'nope', { name: 'X' }),
      'not-found',
      'That body no longer exists.',
    ],
    [
      'createMeeting, unknown body',
      ({ ctx }) => createMeeting(ctx, 'nope', meeting30),
      'not-found',
      'That body no longer exists.',
    ],
    [
      'createMeeting, number taken',
      ({ ctx, bodyId }) => createMeeting(ctx, bodyId, meeting30),
      'invalid',
      'Meeting 30 already exists for this body.',
    ],
    [
      'updateMeeting, approved',
      ({ ctx, meetingId }) => updateMeeting(ctx, meetingId, { venue: 'X' }),
      'locked',
      'The minutes of meeting 30 are approved and locked; record an amendment instead.',
    ],
    [
      'setMeetingStatus, unknown meeting',
      ({ ctx }) => setMeetingStatus(ctx, 'nope', 'live'),
      'not-found',
      'That meeting no longer exists.',
    ],
    [
      'addItem, approved',
      ({ ctx, meetingId }) => addItem(ctx, meetingId, { title: 'X' }),
      'locked',
      'The minutes of meeting 30 are approved and locked; record an amendment instead.',
    ],
    [
      'updateItem, unknown item',
      ({ ctx }) => updateItem(ctx, 'nope', { title: 'X' }),
      'not-found',
      'That agenda item no longer exists.',
    ],
    [
      'moveItem, approved',
      ({ ctx, itemId }) => moveItem(ctx, itemId, 1),
      'locked',
      'The minutes of meeting 30 are approved and locked; record an amendment instead.',
    ],
    [
      'deleteItem, approved',
      ({ ctx, itemId }) => deleteItem(ctx, itemId),
      'locked',
      'The minutes of meeting 30 are approved and locked; record an amendment instead.',
    ],
    [
      'restoreItems, approved',
      ({ ctx, removed }) => restoreItems(ctx, removed),
      'locked',
      'The minutes of meeting 30 are approved and locked; record an amendment instead.',
    ],
  ])('%s', async (_, write, code, message) => {
    const error = await rejection(write(await seeded()));
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ code, message });
  });

  it('a refused status change says which move was refused, in plain words', async () => {
    const ctx = fakeContext(open());
    const { meetingId } = await seedMeeting(ctx);
    const error = await rejection(setMeetingStatus(ctx, meetingId, 'approved'));
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toBe(
      'A meeting cannot go from “Draft agenda” to “Minutes approved”.',
    );
  });
});
